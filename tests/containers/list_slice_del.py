# deleting slices
a = list(range(12))
del a[::2]
print(a)
del a[1::2]
print(a)
a = list(range(12))
del a[::-3]
print(a)
del a[2:4]
print(a)
del a[-2:]
print(a)
del a[5:100]
print(a)
del a[10:0]
print(a)
del a[::-1]
print(a)
b = list(range(20))
del b[3:17:4]
print(b)
c = [1, 2, 3]
del c[:]
print(c, len(c))
d = list("abcdefgh")
del d[-1:-8:-2]
print(d)
