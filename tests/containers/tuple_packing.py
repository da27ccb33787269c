# tuple packing and unpacking
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi, minmax("hello"))
pair = 1, 2
a, b = pair
print(a, b, pair)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
data = [("x", 1, True), ("y", 2, False)]
for name, val, flag in data:
    print(name, val, flag)
head, *tail = (1, 2, 3)
print(head, tail)
t = tuple(x for x in range(3))
print(t, (*t, 3), (*t[:1], *"ab"))
single = "only",
print(single, len(single))
