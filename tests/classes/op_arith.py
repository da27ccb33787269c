# binary arithmetic dunders
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        return V(*[f(a, o) for a in self.c])
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o): return self._zip(o, lambda a, b: a ** b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
a = V(7, -8, 9)
b = V(2, 3, 4)
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, b ** b)
print(a @ b)
print(divmod(a, 3))
print(a + 1 + 1, (a * 0) - b)
try:
    a + "s"
except TypeError:
    print("TypeError")
try:
    1 + a
except TypeError:
    print("TypeError reflected missing")
