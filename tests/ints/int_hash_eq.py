# equal numbers hash equally; ints work as dict keys across representations
vals = [0, 1, -1, 2 ** 31, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 30]
print(all(hash(v) == hash(v + 0) for v in vals))
print(all(hash(v) == hash(int(str(v))) for v in vals))
print(hash(5) == hash(5.0), hash(2 ** 40) == hash(float(2 ** 40)), hash(True) == hash(1))
d = {}
for v in vals:
    d[v] = str(v)
for v in vals:
    d[v * 1] = d[v] + "!"
print(len(d), d[2 ** 64], d[-(2 ** 64)], d[0])
d[1.0] = "float one"
d[0.0] = "float zero"
print(len(d), d[1], d[False])
s = {2 ** 70, 2 ** 70 + 0, (2 ** 35) ** 2, 2 ** 70 * 1}
print(len(s))
