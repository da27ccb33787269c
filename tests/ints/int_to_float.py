# int to float conversion rounding (round-half-even on the 53-bit mantissa)
base = 2 ** 53
for off in range(0, 9):
    print(off, float(base + off), int(float(base + off)) - base)
print(float(2 ** 63), float(2 ** 64 - 1), float(-(2 ** 64) + 1))
print(float(10 ** 22), float(10 ** 23), float(10 ** 300))
print(float(2 ** 1023), float(-(2 ** 1023)))
big = 2 ** 1024
try:
    float(big)
except OverflowError:
    print("OverflowError")
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError:
    print("OverflowError at rounding midpoint")
print(float(123456789012345678901234567890))
