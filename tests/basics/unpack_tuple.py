# tuple and list unpacking in assignments and loops
a, b = 1, 2
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[x, y, z] = "xyz"
print(x, y, z)
a, = [42]
print(a)
[b] = (7,)
print(b)
for k, v in [(1, "one"), (2, "two")]:
    print(k, v)
for (i, (j, k)) in [(1, (2, 3)), (4, (5, 6))]:
    print(i + j + k)
# unpack from iterators, dict keys and ranges
p, q, r = range(3)
print(p, q, r)
m, n = {"first": 1, "second": 2}
print(m, n)
g, h = (i * i for i in (3, 4))
print(g, h)
# wrong counts
for src in [(1, 2, 3), (1,), [], "abcd"]:
    try:
        u, w = src
        print("ok", u, w)
    except ValueError as e:
        print("ValueError", len(src))
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__)
