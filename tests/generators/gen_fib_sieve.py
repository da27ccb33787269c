# classic generators: fibonacci, incremental sieve, collatz
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)])
for i, v in enumerate(fib()):
    if i == 150:
        print("fib(150) =", v)
        break
def sieve():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1
s = sieve()
print([next(s) for _ in range(25)])
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)), len(list(collatz(97))), max(collatz(27)))
