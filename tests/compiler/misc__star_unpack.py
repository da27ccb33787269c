a, *b = 1, 2, 3
*c, d = [1, 2, 3]
e, *f, g = range(10)
for h, *i in pairs:
    pass
[j, *k] = m
(n, *o), p = q
