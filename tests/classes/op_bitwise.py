# bitwise operator dunders on a bitset class
class Bits:
    def __init__(self, n):
        self.n = n
    def __and__(self, o):
        return Bits(self.n & o.n)
    def __or__(self, o):
        return Bits(self.n | o.n)
    def __xor__(self, o):
        return Bits(self.n ^ o.n)
    def __lshift__(self, k):
        return Bits(self.n << k)
    def __rshift__(self, k):
        return Bits(self.n >> k)
    def __invert__(self):
        return Bits(~self.n & 0xFF)
    def __repr__(self):
        return "Bits(%s)" % bin(self.n)
a = Bits(0b1100)
b = Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 3, ~a)
print((a | b) & ~b)
try:
    a & 1
except AttributeError:
    print("AttributeError")
try:
    1 & a
except TypeError:
    print("TypeError")
