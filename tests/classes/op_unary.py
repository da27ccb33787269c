# unary operator dunders
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return "abs(%d)" % self.v
    def __repr__(self):
        return "N(%d)" % self.v
n = N(5)
print(-n, +N(-3), ~n, abs(N(-2)), -(-n), ~~n)
class Empty:
    pass
for op in [lambda x: -x, lambda x: +x, lambda x: ~x, abs]:
    try:
        op(Empty())
    except TypeError:
        print("TypeError")
print(not N(0))
