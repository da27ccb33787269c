# where private names (__x) are mangled: every identifier use inside a class and its functions
class _C:
    __v = 3
    def __meth(self, __p, *, __k=1, **__kw):
        __loc = self.__attr + __p + __k
        r = dict(__kw=1)
        del self.__d
        lam = lambda __lp: __lp
        comp = [__c for __c in (__loc,)]
        class __N:
            __n = 1
        def inner():
            nonlocal __loc
            __loc += 1
            return __loc
        return __loc, r, lam(5), comp, inner(), __N._N__n, __N.__name__
    def run(self):
        self.__attr = 10
        self.__d = 0
        return self.__meth(1, _C__k=2)
print(_C().run())
print(_C._C__v, hasattr(_C, "__v"), _C._C__meth.__name__)
print(sorted(k for k in vars(_C) if "meth" in k or "__v" in k))
class D(_C):
    __v = "D's own"
    def both(self):
        return self.__v, self._C__v
print(D().both())
class ___:
    __x = 1
print(vars(___).get("__x"))
def outside():
    __y = 5
    return __y
print(outside())
class G:
    def set(self):
        global __gl
        __gl = "g"
G().set()
print(globals().get("_G__gl"), "__gl" in globals())
class W:
    def m(self):
        return [(__w := i) for i in range(3)], __w
print(W().m())
class K:
    def f(self, __a):
        return __a
    def call(self):
        try:
            return self.f(__a=1)
        except TypeError:
            return "TypeError"
print(K().call(), K().f(_K__a=2))
class S:
    def __init__(self):
        self.__dict__["__raw"] = 1
        self.__private = 2
    def get(self):
        return getattr(self, "__raw"), getattr(self, "_S__private"), self.__private
print(S().get())
class Dunder:
    __slots_like__ = "kept"
    def __len__(self):
        return 7
print(len(Dunder()), Dunder.__slots_like__)
