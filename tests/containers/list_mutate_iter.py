# modifying a list while iterating over it
a = [1, 2, 3]
seen = []
for x in a:
    seen.append(x)
    if len(a) < 6:
        a.append(x * 10)
print(seen, a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3, 4, 5, 6]
c = [x for x in c if x % 2]
print(c)
d = [5, 4, 3]
for i in range(len(d) - 1, -1, -1):
    if d[i] == 4:
        del d[i]
print(d)
e = [0, 1, 2]
for i, v in enumerate(e):
    e[i] = v * v
print(e)
