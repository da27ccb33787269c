# list.append, extend and +=
a = []
a.append(1)
a.append([2, 3])
a.append(None)
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("xy")
a.extend(range(2))
a.extend({"k": 1})
a.extend([])
print(a, len(a))
b = [1, 2]
b.extend(b)
print(b)
c = [0]
c.append(c[:])
c.append(c[0])
print(c)
try:
    a.extend(5)
except TypeError:
    print("TypeError")
g = [1]
g.extend(x * 10 for x in range(3))
print(g)
big = []
for i in range(10000):
    big.append(i)
print(len(big), big[-1], sum(big))
print([].append(1))
