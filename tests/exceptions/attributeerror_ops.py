# operations that raise AttributeError
class C:
    x = 1
ops = [
    lambda: C().y,
    lambda: C.y,
    lambda: (1).foo,
    lambda: "s".nope(),
    lambda: None.attr,
    lambda: [].push(1),
    lambda: {}.x,
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except AttributeError:
        print(i, "AttributeError")
c = C()
try:
    del c.x
except AttributeError:
    print("del class attr via instance: AttributeError")
try:
    (5).real = 3
except AttributeError:
    print("set on int: AttributeError")
print(getattr(c, "y", None), hasattr(None, "x"), c.x)
