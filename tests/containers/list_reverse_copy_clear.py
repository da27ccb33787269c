# reverse, copy, clear and aliasing
a = [1, 2, 3, 4]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.reverse()
print(a, b, c, d, e)
print(a is b, a is c, c == d == e)
a.clear()
print(a, b, c)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
x = []
x.reverse()
print(x, [1].copy(), list(reversed([1, 2, 3])))
