# set algebra with operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference([4, 5, 6])), sorted(a.union()), sorted(a.intersection()))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, {1}.issubset(a), a.issuperset([1, 2]))
print(a.isdisjoint({9}), a.isdisjoint(b), set().isdisjoint(set()))
try:
    a | [1]
except TypeError:
    print("TypeError")
print(sorted(a), sorted(b))
print(set() | set(), set() & {1}, {1} - {1}, sorted({1} ^ set()))
