# collections.defaultdict: missing keys made by default_factory.
from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, sorted(d.items()), len(d), isinstance(d, dict))
print(d.get("zz"), "zz" in d, len(d))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.default_factory is int)

n = defaultdict(None, {"x": 1})
print(n["x"], n.default_factory)
try:
    n["y"]
except KeyError:
    print("KeyError")

c = counts.copy()
c["zz"] += 5
print(type(c).__name__, c["zz"], "zz" in counts)
print(counts.__missing__("q"), counts["q"])
k = defaultdict(lambda: "dflt", a=1)
print(k["b"], sorted(k.items()))
k.default_factory = None
try:
    k["c"]
except KeyError:
    print("KeyError")
try:
    defaultdict(5)
except TypeError:
    print("TypeError")


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"] = 1
print(list(t), list(t["a"]), t["a"]["b"]["c"])
