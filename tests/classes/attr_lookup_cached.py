# Attribute and method lookups on instances stay right when the class side changes after the
# lookup has run many times (the VM caches where class attributes are): a plain class
# attribute rebound to a property, a method replaced or deleted, an instance attribute
# shadowing a method, a property added to a base class later, __class__ and __dict__.
class A:
    x = 1

    def m(self):
        return "A.m"


a = A()
a.y = 5
out = []
for i in range(3):
    out.append((a.x, a.y, a.m()))
A.x = property(lambda self: "prop")
out.append(a.x)
a.__dict__["x"] = "own"
out.append(a.x)
A.x = 7
out.append(a.x)
A.m = lambda self: "new m"
out.append(a.m())
a.m = lambda: "own m"
out.append(a.m())
del a.m
out.append(a.m())
del A.m
try:
    a.m()
except AttributeError:
    out.append("no m")
print(out)


class Base:
    pass


class Sub(Base):
    def __init__(self):
        self.v = "instance v"


s = Sub()
seen = [s.v for _ in range(3)]
Base.v = property(lambda self: "base property")
seen.append(s.v)
del Base.v
seen.append(s.v)
print(seen, s.__class__.__name__, sorted(s.__dict__))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
total = 0
for i in range(100):
    total += c.bump()
bump = c.bump
print(total, bump(), c.n, Counter.bump(c))


class Store:
    def __init__(self):
        self.a = 0
        self.b = 0


st = Store()
for i in range(50):
    st.a = i
    st.b += i
Store.a = property(lambda self: "read", lambda self, v: setattr(self, "b", -v))
st.a = 3
print(st.a, st.b, st.__dict__["a"])
del Store.a
st.a = 4
print(st.a, st.b)


class Hooked:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


h = Hooked()
for i in range(3):
    h.x = i
print(h.x)


class Ex(Exception):
    pass


e = Ex("m")
e.note = 1
for i in range(3):
    e.note = i
print(e.note, e.args)
