# divmod() and pow()
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10 ** 20 + 1, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(pow(2, 10), pow(2, -2), pow(-3, 3), pow(0, 0), pow(2.0, 3))
print(pow(3, 4, 5), pow(10, 100, 7), pow(-2, 3, 5), pow(7, 0, 1))
print(pow(2, 1000, 10 ** 9 + 7))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
print(pow(4, 0.5), pow(-8, 1) == -8, 2 ** 100)
