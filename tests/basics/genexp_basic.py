# generator expressions are lazy and single-use
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(s) for s in ["a", "abc", "ab"]))
print(tuple(c for c in "abc"))
print(sorted((x for x in [3, 1, 2]), reverse=True))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g2 = (v * 10 for v in src())
print(log)
print(next(g2), log)
print(list(g2), log)
# the first iterable is evaluated immediately
try:
    g3 = (x for x in 5)
except TypeError:
    print("TypeError at creation")
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError:
    print("ZeroDivisionError at next")
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
print(", ".join(str(i) for i in range(4)))
