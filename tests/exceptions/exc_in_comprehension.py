# exceptions inside comprehensions, map and sorted keys
def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__
print(safe(lambda: [10 // x for x in (1, 2, 0)]))
print(safe(lambda: {k: 1 / k for k in range(3)}))
print(safe(lambda: list(map(int, ["1", "two"]))))
print(safe(lambda: sorted([3, "x", 1])))
print(safe(lambda: sorted(["a", "bb"], key=lambda s: s[1])))
print(safe(lambda: max([[], [1]], key=lambda l: l[0])))
print(safe(lambda: sum(1 / x for x in (1, 0))))
print(safe(lambda: [y for y in range(3) if y.nope]))
acc = []
try:
    for v in (x * 2 for x in [1, 2, "3", 4]):
        acc.append(v)
except TypeError:
    print("TypeError after", acc)
