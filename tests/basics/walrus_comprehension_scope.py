# a walrus in a comprehension binds in the nearest enclosing function or module
r = range(3)
print([[(y := i + j) for i in r] for j in r], y)
total = 0
print([(total := total + i) for i in range(1, 5)], total)
print(any((hit := w).startswith("q") for w in ["apple", "quack", "zed"]), hit)
def nested():
    grid = [[[(z := a * b * c) for a in r] for b in r] for c in r]
    return grid[-1][-1], z
print(nested())
def reads_inner():
    out = [[(w := i) for i in r] + [w] for j in r if j < 2]
    return out, w
print(reads_inner())
def running():
    acc = 0
    return [[(acc := acc + i) for i in r] for _ in r], acc
print(running())
def outer():
    count = 0
    def inner(items):
        found = any((count := x) > 5 for x in items)
        return found, count
    return inner([1, 7, 2]), count
print(outer())
def unbound_first():
    v = "outer"
    def inner():
        try:
            print(v)
        except NameError as e:
            print(type(e).__name__)
        [(v := 1) for _ in r]
        return v
    return inner(), v
print(unbound_first())
def with_nonlocal():
    v = "outer"
    def inner():
        nonlocal v
        [(v := 2) for _ in r]
    inner()
    return v
print(with_nonlocal())
def in_lambda():
    q = 1
    g = lambda: ([(q := 5) for _ in r], q)
    return g(), q
print(in_lambda())
def with_global():
    global gv
    [(gv := k) for k in "ab"]
with_global()
print(gv)
