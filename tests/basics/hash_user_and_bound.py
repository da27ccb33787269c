# user __hash__ results, bound method hash/equality, int() of bytes with a base, bytearray(bigint)
class A:
    def __hash__(self):
        return 123


class Big:
    def __hash__(self):
        return 1 << 70 | 1


class T:
    def __hash__(self):
        return True


class N:
    def __hash__(self):
        return None


print(hash(A()), hash(T()), hash(Big()) == hash(1 << 70 | 1), hash(Big()) != 0)
try:
    hash(N())
except TypeError:
    print("TypeError")
print(type(hash([].pop)))
l = [1]
print(l.pop == l.pop, l.pop == [1].pop, hash(l.pop) == hash(l.pop))
print(int(b"12", 10), int(b"ff", 16), int(bytearray(b"0b11"), 0))
try:
    bytearray(1 << 65)
except OverflowError:
    print("OverflowError")
print(len(bytearray(3)), len(bytes(True)))


class M:
    def f(self):
        pass

    def g(self):
        pass

    def h(self):
        pass


m = M()
print(hash(m.f) != hash(m.g), hash(m.g) != hash(m.h), hash(m.f) != hash(m.h), hash((1, 2)))
