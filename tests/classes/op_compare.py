# rich comparison dunders and reflection
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return isinstance(o, Ver) and self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __gt__(self, o):
        return self.t > o.t
    def __ge__(self, o):
        return self.t >= o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
    __hash__ = None
a, b, c = Ver("1.2"), Ver("1.10"), Ver("1.2")
print(a < b, a > b, a <= c, a >= c, a == c, a != b, a != c)
print(sorted([Ver("2.0"), Ver("1.9.9"), Ver("1.10"), Ver("1.2")]))
print(max(a, b), min([b, a]))
print(a == "1.2", a != "1.2")
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
try:
    x <= y
except TypeError:
    print("TypeError")
log = []
class L:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        log.append(self.n)
        return NotImplemented
print(L(1) == L(2), log)
print(L(3) != L(3), L(3) in [L(4)])
