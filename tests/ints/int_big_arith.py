# arbitrary precision arithmetic
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 12345, a % 12345)
print(b // a, b % a)
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3)
print(2 ** 1000)
print(len(str(2 ** 1000)), sum(int(d) for d in str(2 ** 1000)))
print(10 ** 50 + 1, 10 ** 50 - 1, -(10 ** 50))
x = 1
for i in range(1, 51):
    x *= i
print(x)
print(x // (2 ** 40), x % (10 ** 9 + 7))
print((10 ** 40) // (10 ** 20) == 10 ** 20, (10 ** 40 + 5) % 10 ** 20)
print(a == 2 ** 100, a < b, a > -b, a * 0, a - a, -a + a)
print((2 ** 64) * (2 ** 64) == 2 ** 128, (2 ** 64 - 1) * (2 ** 64 + 1))
