# range with larger values, membership and indexing arithmetic
r = range(-10, 10 ** 6, 7)
print(len(r), r[0], r[1], r[-1], r[10 ** 5])
print(10 ** 5 + 5 in r, 10 ** 5 + 4 in r, -3 in r, -4 in r)
R = range(-10, 10 ** 15, 7)
print(len(R), R[-1], R[10 ** 13], R[-(10 ** 13)], range(2 ** 40, 2 ** 40 + 5)[-1])
print(r.index(4), r.count(11), r.count(12))
r2 = range(2 ** 31 - 2, 2 ** 31 + 3)
print(list(r2), len(r2), 2 ** 31 in r2)
r3 = range(10, -10, -3)
print(list(r3), r3.index(-2), 4 in r3, 5 in r3)
print(range(0, 100, 10)[3:7], range(0, 100, 10)[::-2], list(range(0, 100, 10)[-3:]))
try:
    r.index(5)
except ValueError:
    print("ValueError")
