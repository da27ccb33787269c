# repr of self-referencing containers
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
n = [[]]
n[0].append(n)
print(n)
