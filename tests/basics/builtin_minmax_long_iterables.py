# min(), max(), any(), all() and sum() walk an iterable item by item: a generator longer than
# the heap could hold as a list works, and memory does not grow with its length.
N = 300000
print(max(x for x in range(N)), min(x for x in range(N)))
print(max((x for x in range(N)), key=lambda v: -v))
print(min((x % 1000 for x in range(N)), default=5))
print(any(x < 0 for x in range(N)), all(x >= 0 for x in range(N)))
print(sum(x for x in range(N)), sum(x * 0.5 for x in range(1000)))
print(max([1, 5, 5, 2], key=lambda v: v % 5), min(4, 2, 8), max("abc"), min([], default=7))
try:
    max(x for x in ())
except ValueError as e:
    print("ValueError", e)
