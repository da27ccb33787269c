# NotImplemented returned from dunders
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented
    def __eq__(self, o):
        if not isinstance(o, Meters):
            return NotImplemented
        return self.v == o.v
    def __repr__(self):
        return "%gm" % self.v
class Feet:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        if isinstance(o, Meters):
            return Meters(o.v + self.v * 0.3048)
        return NotImplemented
print(Meters(1) + Meters(2))
print(Meters(1) + Feet(10))
try:
    Meters(1) + 5
except TypeError:
    print("TypeError")
print(Meters(2) == Meters(2), Meters(2) == 2, Meters(1) != "x")
print(Meters(1).__add__(3) is NotImplemented)
print(repr(NotImplemented), type(NotImplemented).__name__)
