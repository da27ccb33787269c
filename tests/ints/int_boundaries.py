# arithmetic around machine-word boundaries (small int / big int transitions)
edges = [2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64]
for e in edges:
    for v in (e - 1, e, e + 1, -e - 1, -e, -e + 1):
        print(v, v + 1, v - 1, v * 2, v * -3, v // 3, v % 7, -v, v >> 1, v << 1)
print(2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62, (2 ** 31) * (2 ** 31), (2 ** 32) * (2 ** 32))
print((2 ** 63 - 1) * (2 ** 63 - 1), -(2 ** 63) * -(2 ** 63), (-(2 ** 63)) // -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)), (2 ** 64) - (2 ** 64) == 0, (2 ** 64) // (2 ** 64))
x = 1
steps = []
for i in range(70):
    x *= 2
    if i in (29, 30, 31, 61, 62, 63, 64, 69):
        steps.append(x)
print(steps)
y = 2 ** 64
while y > 1:
    y //= 2
print(y)
