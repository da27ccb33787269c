# super() in methods, properties and classmethods
class Base:
    def __init__(self, x):
        self.x = x
    def show(self):
        return "Base.show x=%d" % self.x
    @classmethod
    def make(cls):
        return cls(1)
    def __str__(self):
        return "Base(%d)" % self.x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def show(self):
        return super().show() + " y=%d" % self.y
    @classmethod
    def make(cls):
        obj = super().make()
        return obj
    def __str__(self):
        return "Child<" + super().__str__() + ">"
class Child2(Base):
    def __init__(self):
        super(Child2, self).__init__(99)
c = Child(1, 2)
print(c.show())
print(str(c))
print(type(Base.make()).__name__)
try:
    Child.make()
except TypeError:
    print("TypeError")
print(Child2().show())
class Grand(Child):
    def show(self):
        return "Grand:" + super().show()
g = Grand(5, 6)
print(g.show())
print(super(Child, g).show())
