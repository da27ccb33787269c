# comprehension variables do not leak; class scope is skipped
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    vals = [lambda: i for i in range(3)]
    return [v() for v in vals]
print(g())
class C:
    n = 5
    a = [n] * 2
    try:
        b = [n for _ in range(2)]
    except NameError:
        b = "NameError"
print(C.a, C.b)
# the first iterable is evaluated in the enclosing scope
class D:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(D.doubled)
def h():
    res = [z for z in range(3)]
    try:
        return z
    except NameError:
        return "z not defined"
print(h())
n = 100
print([n for n in range(2)], n)
print({k: k for k in "ab"}, "k" in globals())
