# exceptions raised in __init__ and __new__
class Strict:
    created = 0
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v
        Strict.created += 1
objs = []
for v in (1, -1, 2):
    try:
        objs.append(Strict(v))
    except ValueError as e:
        print("ValueError", e)
print([o.v for o in objs], Strict.created)
class Partial:
    def __init__(self):
        self.a = 1
        raise RuntimeError("half built")
try:
    p = Partial()
except RuntimeError as e:
    print("RuntimeError", e)
print("p" in globals())
class BadNew:
    def __new__(cls):
        raise TypeError("no instances")
try:
    BadNew()
except TypeError as e:
    print("TypeError", e)
class Child(Strict):
    def __init__(self, v):
        try:
            super().__init__(v)
        except ValueError:
            super().__init__(0)
print(Child(-5).v)
