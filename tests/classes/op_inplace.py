# in-place operator dunders and fallback to binary ones
class Acc:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __iadd__(self, o):
        self.log.append("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        self.log.append("isub")
        self.v -= o
        return self
    def __imul__(self, o):
        self.log.append("imul")
        self.v *= o
        return self
    def __ior__(self, o):
        self.log.append("ior")
        self.v |= o
        return self
    def __add__(self, o):
        self.log.append("add")
        return Acc(self.v + o)
a = Acc(1)
orig = a
a += 5
a -= 2
a *= 3
a |= 16
print(a.v, a is orig, a.log)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
orig = b
b += 1
print(b.v, b is orig, orig.v)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
c = ReturnsOther()
c += 1
print(c)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError:
    print("TypeError")
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError:
    print("TypeError tuple item")
print(t)
