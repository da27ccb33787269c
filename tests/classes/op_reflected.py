# reflected operand dunders
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % (self.v,)
    def __add__(self, o):
        return R(("add", self.v, o))
    def __radd__(self, o):
        return R(("radd", o, self.v))
    def __rsub__(self, o):
        return R(("rsub", o, self.v))
    def __rmul__(self, o):
        return R(("rmul", o, self.v))
    def __rtruediv__(self, o):
        return R(("rtruediv", o, self.v))
    def __rfloordiv__(self, o):
        return R(("rfloordiv", o, self.v))
    def __rmod__(self, o):
        return R(("rmod", o, self.v))
    def __rpow__(self, o):
        return R(("rpow", o, self.v))
    def __rlshift__(self, o):
        return R(("rlshift", o, self.v))
    def __rand__(self, o):
        return R(("rand", o, self.v))
    def __ror__(self, o):
        return R(("ror", o, self.v))
    def __rxor__(self, o):
        return R(("rxor", o, self.v))
r = R(1)
print(r + 2)
print(2 + r)
print(3 - r, 4 * r, 5 / r, 6 // r, 7 % r, 8 ** r, 9 << r)
print(10 & r, 11 | r, 12 ^ r)
print("s" + r, [1] * r)
print(sum([R(1), R(2)], 0) if False else sum([r], 0))
try:
    r - 1
except TypeError:
    print("TypeError no __sub__")
class Sub(R):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(R(1) + Sub(2))
class Mixed:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "Mixed radd"
try:
    Mixed() + Mixed()
except TypeError:
    print("TypeError same type: no __radd__ attempt")
print(1 + Mixed(), [] + Mixed())
