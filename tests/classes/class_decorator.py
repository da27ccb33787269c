# class decorators
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry))
def add_method(cls):
    def hello(self):
        return "hello from " + type(self).__name__
    cls.hello = hello
    return cls
@add_method
class Greeter:
    pass
print(Greeter().hello())
def with_repr(*fields):
    def deco(cls):
        def __repr__(self):
            return "%s(%s)" % (cls.__name__,
                               ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
        cls.__repr__ = __repr__
        return cls
    return deco
@with_repr("x", "y")
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, "z"), [Pt(0, 0)])
def replace(cls):
    return "replaced"
@replace
class Gone:
    pass
print(Gone)
@register
@add_method
class Both:
    pass
print(registry["Both"]().hello())
