# __new__ and __init__ interplay
log = []
class A:
    def __new__(cls, *args):
        log.append(("new", cls.__name__, args))
        return super().__new__(cls)
    def __init__(self, v):
        log.append(("init", v))
        self.v = v
a = A(5)
print(a.v, log)
log.clear()
class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
b = B(1, 2)
print(b.v, b.w, log)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("init not called")
print(ReturnsOther())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), isinstance(u, str), u + "!")
class Tup(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (b, a))
print(Tup(1, 2), Tup(1, 2)[0])
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError:
    print("TypeError")
