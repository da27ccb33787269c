# exceptions raised from special methods propagate out of the operation
class Boom:
    def __eq__(self, o):
        raise ValueError("eq")
    def __hash__(self):
        return 1
    def __len__(self):
        raise KeyError("len")
    def __iter__(self):
        raise IndexError("iter")
    def __add__(self, o):
        raise ArithmeticError("add")
    def __getitem__(self, k):
        raise LookupError("getitem")
b = Boom()
checks = [
    lambda: b == 1,
    lambda: b in [1, 2],
    lambda: len(b),
    lambda: list(b),
    lambda: b + 1,
    lambda: b[0],
    lambda: {b: 1, Boom(): 2},
    lambda: bool(b),
]
for i, c in enumerate(checks):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e.args)
print(b in [b], [b].count(b))
