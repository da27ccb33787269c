# abstract-base pattern with NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError("area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Blob(Shape):
    pass
for s in [Rect(2, 3), Square(4), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(issubclass(NotImplementedError, RuntimeError))
shapes = sorted([Rect(5, 1), Square(2), Rect(1, 1)], key=lambda s: s.area())
print([type(s).__name__ + str(s.area()) for s in shapes])
