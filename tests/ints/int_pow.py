# exponentiation, including the three-argument form
print(2 ** 0, 2 ** 1, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64)
print(3 ** 40, (-3) ** 41, 10 ** 30, 7 ** 77)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -3, (-2) ** -2, 10 ** -2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(pow(3, 200, 1000), pow(2, 10 ** 6, 997), pow(12345678901234567890, 3, 10 ** 12))
print(pow(-5, 3, 7), pow(5, 3, -7), pow(-5, 3, -7))
print(pow(7, 0, 13), pow(0, 0, 5), pow(123, 456, 1))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError not invertible")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError zero modulus")
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modexp(17, 12345, 10 ** 9 + 9) == pow(17, 12345, 10 ** 9 + 9))
