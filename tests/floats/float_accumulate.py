# accumulated rounding error in loops
t = 0.0
for _ in range(1000):
    t += 0.001
print(t, abs(t - 1.0) < 1e-12)
s = 0.0
for i in range(1, 10001):
    s += 1.0 / i
print(s)
p = 1.0
for _ in range(100):
    p *= 1.01
print(p)
c = 0.0
vals = [1e16, 1.0, -1e16, 1.0]
for v in vals:
    c += v
print(c, sum(vals), sum(sorted(vals, key=abs)))
k = 1.0
for _ in range(60):
    k /= 2
print(k, k * 2 ** 60)
