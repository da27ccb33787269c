# true division of (big) ints gives correctly rounded floats
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 30 / 10 ** 28, (10 ** 30 + 1) / 10 ** 30, 2 ** 100 / 2 ** 98)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1, 2 ** 1000 / 2 ** 999)
print(1 / 2 ** 60, 3 ** 50 / 7 ** 20, -(10 ** 25) / 3)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399))
print(123456789123456789 / 1000000000, 1 / 10 ** 20)
try:
    5 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    10 ** 400 / 1
except OverflowError:
    print("OverflowError")
