# integer algorithms built from basic operations
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(0, 5), gcd(-12, 8), gcd(2 ** 100, 6 ** 50), lcm(4, 6), lcm(21, 6))
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 40), isqrt(2 * 10 ** 30))
def digits(n, base=10):
    out = []
    n = abs(n)
    while True:
        n, d = divmod(n, base)
        out.append(d)
        if n == 0:
            return out[::-1]
print(digits(0), digits(1234), digits(255, 2), digits(-(2 ** 64), 16))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(0), popcount(255), popcount(2 ** 100 - 1), popcount(0xDEADBEEF))
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46), ext_gcd(17, 3120))
