# int() from different types
print(int(), int(0), int(-3), int(3.9), int(-3.9), int(1e6), int(True), int(False))
print(int("7"), int(" -7 "), int("+0"), int("1" * 25))
print(int(2 ** 80), int(float(2 ** 80)), int(-0.0), int(0.9999999))
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 77
print(int(HasInt()), int(HasIndex()))
class HasTrunc:
    def __init__(self):
        self.v = 5
for bad in [None, [], "1.5", "1e3", HasTrunc(), "", " "]:
    try:
        int(bad)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(isinstance(int("5"), int), int(int(5)) == 5)
