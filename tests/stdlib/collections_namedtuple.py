# collections.namedtuple: construction, field access, tuple behaviour, helpers.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x, y)
print(p == (1, 2), (1, 2) == p, p != Point(2, 1))
print(isinstance(p, tuple), type(p).__name__)
print(p + (3,), p * 2, p[:1], list(p), 2 in p)
print(hash(p) == hash((1, 2)))
print(Point(y=5, x=4), Point(7, y=8))
print(Point._fields, p._asdict())
print(p._replace(y=20), p)
print(Point._make([9, 10]))
print(sorted([Point(3, 1), Point(1, 2), Point(2, 0)]))
print(p.count(1), p.index(2))

# fields from a list, a tuple, or a comma-separated string
for spec in (["a", "b", "c"], ("a", "b", "c"), "a, b, c", "a,b,c"):
    T = namedtuple("T", spec)
    print(T._fields, T(1, 2, 3))

# defaults apply to the rightmost fields
D = namedtuple("D", "a b c", defaults=[20, 30])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults)

# rename replaces bad names with _index
R = namedtuple("R", ["ok", "def", "ok", "_x"], rename=True)
print(R._fields)

E = namedtuple("E", [])
print(E(), len(E()))

# errors
for args, kw in (((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})):
    try:
        Point(*args, **kw)
    except TypeError:
        print("TypeError")
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p[0] = 5
except TypeError:
    print("TypeError")
for bad in (["a", "a"], ["1a"], ["_a"], "a b-c"):
    try:
        namedtuple("B", bad)
    except ValueError:
        print("ValueError")
try:
    p._replace(z=1)
except ValueError:
    print("ValueError")


# subclassing a named tuple
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v.norm2(), v.x, v[1], isinstance(v, tuple), len(v))
