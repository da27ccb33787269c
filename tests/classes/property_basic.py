# read-only and computed properties
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @property
    def diameter(self):
        return self._r * 2
    @property
    def area_int(self):
        return 3 * self._r * self._r
c = Circle(5)
print(c.radius, c.diameter, c.area_int)
c._r = 10
print(c.radius, c.diameter)
try:
    c.radius = 3
except AttributeError:
    print("AttributeError set")
try:
    del c.diameter
except AttributeError:
    print("AttributeError del")
print(type(Circle.radius).__name__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return Lazy.calls
l = Lazy()
print(l.value, l.value, Lazy.calls)
def get_x(self):
    return "x via property()"
class Old:
    x = property(get_x)
print(Old().x)
class Sub(Circle):
    @property
    def radius(self):
        return -1
print(Sub(2).radius, Sub(2).diameter)
