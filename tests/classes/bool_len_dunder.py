# __bool__ takes precedence over __len__
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()), "t" if Both() else "f")
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print([bool(LenOnly(n)) for n in (0, 1, 10)])
print(not LenOnly(0), LenOnly(3) and "yes", LenOnly(0) or "fallback")
class Counted:
    calls = 0
    def __bool__(self):
        Counted.calls += 1
        return True
c = Counted()
if c and c:
    pass
while not c:
    pass
print(Counted.calls)
class Sub(LenOnly):
    def __bool__(self):
        return True
print(bool(Sub(0)))
