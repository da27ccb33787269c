# chained assignment: all targets get the same object, assigned left to right
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = 7
print(d)
# targets are assigned left to right
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
# chained with tuple unpacking
p, q = r = (3, 4)
print(p, q, r)
s = t, u = 8, 9
print(s, t, u)
# attribute chain
class O:
    pass
o = O()
o.a = o.b = "same"
print(o.a, o.b)
# empty tuple chain
e = f = ()
print(e, f, len(e))
