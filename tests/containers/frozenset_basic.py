# frozenset is immutable and hashable
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__, frozenset(), frozenset([5]))
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f | {4}), sorted(f & {1, 9}))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(sorted(f.union([7])), f.issubset({1, 2, 3, 4}), sorted(f.difference({1})))
print(frozenset("aab") == frozenset("ab"), sorted(frozenset(range(3))))
