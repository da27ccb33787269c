# operations that raise KeyError
d = {"a": 1}
ops = [
    lambda: d["b"],
    lambda: d.pop("b"),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1, 2}.remove(3),
    lambda: d[["a"][0] + "x"],
]
for op in ops:
    try:
        op()
        print("no error")
    except KeyError:
        print("KeyError")
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e.args)
try:
    d[(1, 2)]
except LookupError as e:
    print(type(e).__name__, e.args)
print(d.get("b"), d.pop("b", "default"), {1}.discard(5))
try:
    raise KeyError("custom")
except KeyError as e:
    print(str(e), repr(e))
