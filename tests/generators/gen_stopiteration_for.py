# how for loops and builtins consume StopIteration
def g():
    yield 1
    yield 2
    return "ignored"
total = 0
for v in g():
    total += v
print(total)
print(list(g()), tuple(g()), set(g()) == {1, 2}, dict.fromkeys(g()))
a, b = g()
print(a, b)
print(*g())
print(max(g()), min(g()), sum(g()), sorted(g(), reverse=True))
print(" ".join(str(x) for x in g()))
try:
    x, = g()
except ValueError:
    print("ValueError too many")
def leaker():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaker()))
except RuntimeError:
    print("RuntimeError: StopIteration leaked from generator")
