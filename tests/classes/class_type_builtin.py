# creating classes with type(name, bases, dict)
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"x": 1, "__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, d.x, d.v, d.double(), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"x": 2})
s = Sub(4)
print(Sub.__name__, s.x, s.double(), isinstance(s, Dyn), issubclass(Sub, Dyn))
print(type(Dyn) is type, type(type) is type, type(int).__name__)
Empty = type("Empty", (), {})
print(Empty.__name__, isinstance(Empty(), object))
print(type(1), type("a"), type([]), type(None).__name__)
Err = type("Err", (ValueError,), {})
try:
    raise Err("dynamic")
except ValueError as e:
    print(type(e).__name__, e)
