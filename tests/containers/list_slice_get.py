# reading list slices
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-5:-2], a[5:2], a[100:], a[-100:2])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:1:-2], a[-1:-5:-1], a[1:8:3])
print(a[::100], a[::-100], a[5:5], a[5:5:-1], a[0:0])
s = a[2:6]
s[0] = "changed"
print(a[2], s)
print([][::-1], [1][5:], [1, 2][-1:], a[slice(2, None, 3)])
try:
    a[::0]
except ValueError:
    print("ValueError")
try:
    a[1.5:]
except TypeError:
    print("TypeError")
