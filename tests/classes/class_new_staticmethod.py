# __new__ is implicitly a staticmethod; object.__new__ only for classes; builtin functions
# stored in a class do not bind self.
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super(cls, A).__new__(cls)

    def meth(self):
        return "meth"


a = A.__new__(A)
print(a.meth())
b = a.__new__(A, 1)
print(type(b).__name__)

o = object.__new__(A)
print(isinstance(o, A))
for bad in (1, int):
    try:
        object.__new__(bad)
    except TypeError:
        print("TypeError")
print(type(object.__new__(object)).__name__)


class C:
    f = abs
    g = len


c = C()
print(c.f(-3), c.g("ab"), C.f(-4))
