# len() and range()
print(len(""), len("abc"), len([1, 2]), len(()), len({}), len({1: 2}), len(set()))
print(len(range(10)), len(range(0)), len(range(5, 0)), len(range(0, 10, 3)))
print(len(range(10, 0, -3)), len(range(-5, 5)), len(b"xyz"), len(bytearray(4)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 4)), list(range(5, 0, -2)))
print(list(range(-3)), list(range(3, 3)), list(range(-10, -20, -5)))
r = range(1, 20, 3)
print(r[0], r[-1], r[2], len(r), 7 in r, 8 in r)
print(r[1:3], r[::-1], list(r[::2]))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    len(5)
except TypeError:
    print("TypeError")
class Sized:
    def __len__(self):
        return 3
print(len(Sized()))
print(range(3) == range(0, 3), range(0) == range(5, 1), repr(range(2, 8, 2)))
print(len(range(2 ** 40)))
