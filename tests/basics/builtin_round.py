# round() including banker's rounding
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(5.0, 0))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(1e20), round(123.456, 10), round(0.0), round(-0.4))
print(round(1.23456789e-5, 7))
for x in [0.1, 0.2, 0.3, 2.5, 10.05]:
    print(x, round(x, 1))
print(round(-25, -1), round(-35, -1), round(10 ** 30 + 5, -1))
