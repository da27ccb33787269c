# basic integer arithmetic
print(2 + 3, 2 - 3, -2 * 3, 7 // 2, 7 % 2, 2 ** 8)
print(0 - 0, -0, 1 - 1, 5 * 0, 0 // 7, 0 % 7)
a = 123456789
b = 987654321
print(a + b, b - a, a * b, b // a, b % a)
print(a * a * a, -a * b)
print(1 - 2 - 3, 2 * 3 + 4 * 5, (2 + 3) * (4 + 5))
print(17 // 5 * 5 + 17 % 5 == 17)
print(type(7 // 2).__name__, type(7 / 7).__name__, 7 / 7, 6 / 4)
n = 1
for i in range(1, 21):
    n *= i
print(n)
print(sum(range(1, 1001)), sum(i * i for i in range(100)))
print(int(), int(7), int(-7.9), int(7.9), int(True), int("  -12  "))
print(abs(-2147483648), -(-2147483648), 2147483647 + 1, -2147483648 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2)
print(1073741823 + 1, 1073741824 * 2, -1073741824 - 1, 2 ** 30 - 1 + 1)
