# bitwise operations including negative numbers
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(-1 & 0xFF, -2 & 0xFF, -256 & 0xFF, -1 | 0, -8 | 3, -8 ^ 3)
print(~0, ~-1, ~255, ~-256)
print(5 & -5, 12 & -12, -12 & -8, -12 | -8, -12 ^ -8)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, -1 << 70)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 100, -(2 ** 80) >> 79)
big = 2 ** 100 - 1
print(big & 0xFFFF, big ^ (2 ** 99), big | 1, -big & 0xFF, ~big)
print((2 ** 70 + 5) & -(2 ** 70), -(2 ** 70) | 1, -(2 ** 70) ^ -(2 ** 69))
try:
    1 << -1
except ValueError:
    print("ValueError negative shift")
try:
    1 >> -1
except ValueError:
    print("ValueError negative shift")
print(True & 3, 6 & True, 7 ^ False)
m = 0
for bit in (0, 3, 5, 64):
    m |= 1 << bit
print(m, bin(m), m.bit_length())
print([(n >> i) & 1 for n in [0b10110] for i in range(5)])
