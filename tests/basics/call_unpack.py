# call-site * and ** unpacking
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], **{"c": 3}))
print(f(*"xy", d=4))
print(f(*[1], *[2], *[3, 4]))
print(f(**{"a": 1, "b": 2}, e=5))
print(f(*range(2), **{"x": 1}, **{"y": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError:
    print("TypeError duplicate")
try:
    f(*1)
except TypeError:
    print("TypeError not iterable")
try:
    f(**[1])
except TypeError:
    print("TypeError not mapping")
def g(x, y):
    return x - y
print(g(*(5, 3)), g(**{"y": 5, "x": 3}))
args = iter([10, 1])
print(g(*args))
print(max(*[3, 9, 2]), min(*"qwe"))
print(*[1, 2, 3], sep="|")
print(*[])
print(*"abc")
