# tuple creation, indexing, slicing
t = (1, "two", 3.0, None, [5])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2])
print((), (1,), (1), 1, 2, tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
e = ()
print(len(e), e == (), e[:], bool(e), bool((0,)))
t[4].append(6)
print(t)
try:
    t[0] = 9
except TypeError:
    print("TypeError")
try:
    t[10]
except IndexError:
    print("IndexError")
print(t + (7,), (0,) * 3, 2 * (1, 2), (1, 2) * 0)
x = 1, 2, 3
print(type(x).__name__, x)
print(tuple(t) == t, tuple(list(t)) == t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[::-1])
