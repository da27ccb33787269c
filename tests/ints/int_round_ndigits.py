# round() with ints and negative ndigits (half to even)
for n in [0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 350, 12345]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n))
print(round(10 ** 20 + 5 * 10 ** 9, -10), round(-(10 ** 20) - 5 * 10 ** 9, -10))
print(round(2 ** 70, -20), round(7, 3), round(-7, -5), type(round(7, -1)).__name__)
