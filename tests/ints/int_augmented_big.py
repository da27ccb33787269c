# augmented assignment with growing and shrinking integers
x = 1
for _ in range(100):
    x *= 3
print(x)
for _ in range(95):
    x //= 3
print(x)
y = 0
for i in range(1000):
    y += i * i * i
print(y, y == (999 * 1000 // 2) ** 2)
z = 2 ** 200
z -= 2 ** 200 - 5
print(z, type(z).__name__)
w = -1
w <<= 100
print(w)
w >>= 99
print(w)
v = 0
for k in range(64):
    v |= 1 << k
print(v, v == 2 ** 64 - 1)
v &= ~(1 << 63)
print(v)
v ^= -1
print(v)
m = 12345678901234567890
m %= 97
print(m)
p = 7
p **= 30
print(p)
