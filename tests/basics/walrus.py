# assignment expressions
data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
print(n)
vals = iter([3, 2, 1, 0, 7])
out = []
while (v := next(vals)) != 0:
    out.append(v)
print(out)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
def f():
    [last := i for i in range(4)]
    return last
print(f())
print((a := 10) + a)
print([(b := i, b * 2) for i in range(3)])
total = 0
print([(total := total + i) for i in range(1, 6)])
def g():
    if any((hit := w).startswith("q") for w in ["apple", "quack", "zed"]):
        return hit
print(g())
print((c := "abc")[::-1], c)
