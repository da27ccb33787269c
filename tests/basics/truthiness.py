# truth value testing
vals = [0, 1, -1, 0.0, 0.5, "", " ", [], [None], (), (0,), {}, {0: 0}, set(), None,
        True, False, range(0), range(1), b"", b"\x00", bytearray()]
print([bool(v) for v in vals])
class Never:
    pass
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Never()), bool(WithBool(False)), bool(WithBool(True)))
print(bool(WithLen(0)), bool(WithLen(3)))
print("yes" if WithLen(2) else "no", "yes" if WithBool(False) else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError")
print(bool(), bool(10 ** 100), bool(-0.0))
