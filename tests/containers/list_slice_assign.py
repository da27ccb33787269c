# assigning to list slices (contiguous)
a = list(range(6))
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[1:5] = []
print(a)
a[0:0] = ["front"]
print(a)
a[len(a):] = ["back1", "back2"]
print(a)
a[:] = "xyz"
print(a)
a[1:1] = range(3)
print(a)
a[-1:] = [None]
print(a)
a[10:20] = [7]
print(a)
a[3:1] = ["inserted at 3"]
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
b[1:2] = b
print(b)
try:
    b[0:1] = 5
except TypeError:
    print("TypeError")
c = [0, 0, 0]
c[-100:100] = (i * i for i in range(4))
print(c)
