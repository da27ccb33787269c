# exceptions propagate through nested calls and loops
trail = []
def a(n):
    trail.append("a")
    return b(n) + 1
def b(n):
    trail.append("b")
    try:
        return c(n) * 2
    finally:
        trail.append("b-finally")
def c(n):
    trail.append("c")
    if n < 0:
        raise ValueError("negative")
    return n
print(a(3), trail)
trail.clear()
try:
    a(-1)
except ValueError as e:
    print("caught in main:", e, trail)
def process(items):
    results = []
    for it in items:
        try:
            results.append(int(it))
        except ValueError:
            results.append(None)
    return results
print(process(["1", "x", "3", ""]))
def recurse(n):
    if n == 0:
        raise IndexError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except IndexError as e:
    print("from depth 50:", e)
