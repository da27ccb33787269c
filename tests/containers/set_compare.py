# subset/superset comparisons are partial orders
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < c, a > c, a == c, a != c)
print([sorted(s) for s in sorted([{1, 2, 3}, {1}, {1, 2}], key=len)])
print(min([{1, 2}, {1}], key=len), max([{3}, {1, 2}], key=len) == {1, 2})
print({1, 2} == frozenset({1, 2}), set() <= set(), set() < set(), set() < {0})
print([x <= {1, 2, 3} for x in ({1}, {4}, set(), {1, 2, 3})])
s = {3, 1, 2}
print(s == {1, 2, 3}, s != {1, 2}, s > {1}, s >= s, not (s < s))
try:
    s < [1, 2]
except TypeError:
    print("TypeError")
