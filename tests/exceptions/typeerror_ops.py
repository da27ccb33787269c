# operations that raise TypeError
none = None
fl = 1.0
ops = [
    lambda: 1 + "1",
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: len(42),
    lambda: none(),
    lambda: {}[[]],
    lambda: {[1, 2]},
    lambda: hash([]),
    lambda: "abc"[fl],
    lambda: int([1]),
    lambda: sorted([1, None]),
    lambda: (lambda a: a)(),
    lambda: (lambda: 0)(1),
    lambda: iter(None),
    lambda: "x" < 1,
    lambda: -"a",
    lambda: "abc".join([1, 2]),
    lambda: abs(None),
    lambda: sum(["a"]),
    lambda: (1, 2).count(),
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
t = (1, 2)
try:
    t[0] = 5
except TypeError:
    print("tuple item assignment TypeError")
s = "str"
try:
    s[0] = "S"
except TypeError:
    print("str item assignment TypeError")
