# ranges with negative steps
for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (3, 3, -1)]:
    r = range(*args)
    print(args, list(r), len(r), (r[0] if r else None), (r[-1] if r else None))
r = range(20, -1, -5)
print(15 in r, 16 in r, -5 in r, r.index(0), list(reversed(r)))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
r = range(100, 0, -7)
print(len(r), r[0], r[-1], r[3], r[-3], 93 in r, 94 in r)
print(list(r[::-4]), list(r[2:5]), r[1:3] == range(93, 79, -7))
