# slicing ranges gives ranges
r = range(0, 20, 2)
print(r[2:5], r[::2], r[::-1], r[1:-1:3], r[-3:], r[:0], r[5:2], r[::-3])
print(list(r[2:5]), list(r[::-1]), list(r[-3:]))
r2 = range(10, 0, -3)
print(r2[1:], r2[::-1], list(r2[::-1]), r2[::2], list(r2[::2]))
print(range(5)[100:], range(5)[-100:2], len(range(5)[::2]))
print(range(0, 100)[10:20][2:4], list(range(0, 100)[10:20][2:4]))
