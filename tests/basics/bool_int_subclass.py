# bool is a subclass of int
print(True + 1, True + True, False - 1, True * 10, True / 4, -True, ~True)
print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(type(True + 1).__name__, type(True & False).__name__, type(True | 2).__name__)
print(True & False, True | False, True ^ True, type(True ^ True).__name__)
print(True == 1, False == 0, True == 1 == 1.0, hash(True) == hash(1))
d = {1: "one"}
d[True] = "true"
print(d, len(d))
s = {0, False, 1, True}
print(len(s))
print([10, 20][True], "ab"[False])
print(sum([True, True, True]), max(True, 2), min(False, -1))
print(str(True), repr(False), int(True), float(False))
print(True << 3, 7 // True, divmod(True, 2))
print(bool(2) is True, bool(0) is False)
print(f"{True:d}", "%d" % True, "{}".format(False))
try:
    class B(bool):
        pass
except TypeError:
    print("TypeError")
