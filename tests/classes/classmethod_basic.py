# classmethod: alternate constructors and cls polymorphism
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class EuroDate(Date):
    pass
print(Date.from_string("2024-02-29"))
print(EuroDate.from_string("1999-12-31"))
print(Date.kind(), EuroDate.kind(), EuroDate(1, 2, 3).kind())
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
def cm(cls, x):
    return cls.__name__ + str(x)
class Holder:
    f = classmethod(cm)
print(Holder.f(1), Holder().f(2))
