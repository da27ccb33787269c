a = (1 + 2) + x
b = 1 + 2 + x
c = (2 * 3) * y
d = 2 * 3 * y
e = (1 << 4) >> -1
f = x * (2 * 3)
g = (a.b)(c)
h = a.b(c)
(p, q) = (q, p)
r, s = (s, r)
t = (x for x in y)
for i in range(0, (n := 5)):
    pass
