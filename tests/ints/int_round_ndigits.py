# round() with ints and negative ndigits (half to even)
for n in [0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 350, 12345]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n))
print(round(10 ** 20 + 5 * 10 ** 9, -10), round(-(10 ** 20) - 5 * 10 ** 9, -10))
print(round(2 ** 70, -20), round(7, 3), round(-7, -5), type(round(7, -1)).__name__)
for n in [5, 15, 25, -5, -15]:
    print(n * 10 ** 20, round(n * 10 ** 20, -21))
print(round(0, -5), round(-1, 0), round(99, -2), round(49, -2), round(50, -2))
print(round(2 ** 64, -19), round(-(2 ** 64), -19))
print(type(round(10 ** 30, -29)).__name__)
