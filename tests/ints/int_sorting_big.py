# sorting and comparing mixtures of small and big ints
vals = [2 ** 64, -1, 0, 2 ** 63, -(2 ** 63), 7, -(2 ** 100), 2 ** 31, 10 ** 20, -5]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=abs))
print(max(vals), min(vals), sum(vals))
print(sorted(set(vals + [2 ** 64, 7, -1])) == sorted(vals))
d = {2 ** 64: "big", 2 ** 64 - 2 ** 64: "zero", 1 << 64: "same"}
print(d)
print((2 ** 64) in {2 ** 64}, 2 ** 100 in [2 ** 100], vals.index(10 ** 20))
print([v for v in vals if v > 2 ** 40])
