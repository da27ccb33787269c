# set creation and basic behaviour (printed sorted)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, 5 not in s)
print(set(), len(set()), set("hello") == {"h", "e", "l", "o"}, sorted(set([4, 4, 5])))
print(sorted(set(range(5))), set() == set(), {1} == {1.0}, {1, 2} == {2, 1})
print(type({1}).__name__, type({}).__name__)
e = set()
e.add(1)
e.add(1)
e.add("x")
print(len(e), 1 in e, "x" in e)
try:
    {[1]}
except TypeError:
    print("TypeError")
try:
    set(5)
except TypeError:
    print("TypeError int")
print({5}, {"only"}, {(1, 2)}, set([None]))
print(sorted({-1, -5, 10, 0}), sorted({"b", "a", "c"}, reverse=True))
