# multiple inheritance and attribute lookup order
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"
class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only B"
class AB(A, B):
    pass
class BA(B, A):
    pass
print(AB().who(), BA().who(), AB().only_b(), BA().only_a())
print([c.__name__ for c in AB.__mro__])
print([c.__name__ for c in BA.__mro__])
class Mixin:
    def describe(self):
        return "I am " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().describe())
print(isinstance(Thing(), Mixin), isinstance(Thing(), Named))
class X:
    val = "X"
class Y(X):
    pass
class Z:
    val = "Z"
class YZ(Y, Z):
    pass
print(YZ.val)
