# repr(x) must round-trip exactly for many generated floats
ok = 0
bad = []
x = 1.0
vals = []
for i in range(1, 400):
    x = x * 1.37 + 0.1 / i
    vals.append(x)
    vals.append(1 / x)
    vals.append(-x / 3)
for v in vals:
    if float(repr(v)) == v:
        ok += 1
    else:
        bad.append(v)
print(ok, len(vals), bad)
print(vals[0], vals[1], vals[2], vals[300], vals[-1])
print(all(float(str(v)) == v for v in vals))
m = 0.0
for i in range(1, 2000):
    m += 1.0 / (i * i)
print(m, repr(m))
