# super().__init__ of list/dict/set subclasses fills the native part
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])

    def reinit(self):
        super().__init__(range(2))


l = L(2, 3)
print(l, len(l))
l.reinit()
print(l)


class D(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


print(D(), D([("a", 1)]), D([("a", 1)], a=2, b=3), D(a=2))


class S(set):
    def __init__(self, n):
        super().__init__(range(n))


print(sorted(S(3)))


class L2(list):
    pass


print(L2((1, 2)), list.__init__ is not None)
try:

    class A(type, tuple):
        pass

except TypeError:
    print("TypeError")


class E(ValueError, KeyError):
    pass


print(issubclass(E, KeyError))
