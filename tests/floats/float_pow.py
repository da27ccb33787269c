# float exponentiation edge cases
print(2.0 ** 10, 2.0 ** -1, 4.0 ** 0.5, 0.25 ** 0.5, 2.0 ** 0.5 == 2.0 ** 0.5)
print(0.0 ** 0, 0.0 ** 1, (-0.0) ** 3, 1.0 ** float("inf"), float("inf") ** 0)
print((-8.0) ** 2, (-2.0) ** 3, (-2.0) ** -2, 10.0 ** 308, 10.0 ** -320 > 0)
print(pow(2.0, 3), pow(9, 0.5), pow(-1.0, 2.0), 1.5 ** 2)
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    10.0 ** 309
except OverflowError:
    print("OverflowError")
print(2.0 ** 52, 2.0 ** -52, 0.5 ** 10, (-1.5) ** 2, (-1.0) ** 1001)
