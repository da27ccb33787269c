# large results from factorial and fibonacci
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(25))
print(fact(100))
f200 = fact(200)
print(len(str(f200)), str(f200)[:20], f200 % (10 ** 9 + 7))
tz = 0
n = f200
while n % 10 == 0:
    n //= 10
    tz += 1
print("trailing zeros", tz)
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length())
print(fact(30) // fact(28), fact(50) // (fact(25) * fact(25)))
