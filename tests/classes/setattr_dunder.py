# __setattr__ intercepts all attribute assignment
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
o = Logged()
o.b = 2
o.a += 10
print(o.a, o.b, o.log)
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
r = ReadOnly(5)
print(r.v)
try:
    r.v = 6
except AttributeError as e:
    print(e)
try:
    r.w = 1
except AttributeError as e:
    print(e)
print(r.v)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError("ints only")
        super().__setattr__(name, value * 2)
v = Validated()
v.x = 4
print(v.x)
try:
    v.y = "no"
except TypeError as e:
    print("TypeError", e)
print(hasattr(v, "y"))
setattr(v, "z", 7)
print(v.z)
