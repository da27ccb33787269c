# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(StrOnly(), str(StrOnly()))
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, r))
print(f"{b} {b!r}")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)
print(Point(1, "a"), [Point(0.5, None)])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError:
    print("TypeError")
class Sub(Both):
    def __str__(self):
        return "sub " + super().__str__()
print(Sub(), repr(Sub()))
