# assigning to extended (stepped) slices
a = list(range(10))
a[::2] = ["e"] * 5
print(a)
a[1::2] = "ABCDE"
print(a)
a[::-1] = range(10)
print(a)
a[8:2:-3] = [None, None]
print(a)
a[::5] = (100, 200)
print(a)
for bad in ([1, 2], [1, 2, 3, 4, 5, 6]):
    try:
        a[::2] = bad
    except ValueError:
        print("ValueError", len(bad))
b = [1, 2, 3]
b[::1] = [9, 9, 9, 9, 9]
print(b)
c = [1, 2, 3, 4]
c[::-1] = c
print(c)
e = []
e[::2] = []
print(e)
