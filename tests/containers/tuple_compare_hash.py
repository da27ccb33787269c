# tuple comparison, hashing and use as keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9), (1, 2) == (1, 2))
print((1, (2, 3)) < (1, (2, 4)), ("a", 1) < ("a", 2), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d, (2, 1) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
try:
    {(1, [2]): 0}
except TypeError:
    print("TypeError key")
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
