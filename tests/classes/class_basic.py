# defining classes, instances, methods and attributes
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, -1)
print(q.x, q.y, p.x)
print(type(p).__name__, type(p) is Point, Point.__name__)
print(Point.norm2(q))
p.z = 10
print(p.z, hasattr(q, "z"))
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, Empty))
try:
    Point(1)
except TypeError:
    print("TypeError")
try:
    e.nothing
except AttributeError:
    print("AttributeError")
class NoInit:
    v = 1
print(NoInit().v)
try:
    NoInit(5)
except TypeError:
    print("TypeError args")
print(p.__dict__ == {"x": 3, "y": 4, "z": 10})
