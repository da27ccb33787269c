# keys, values and items views
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i), len(k), len(v), len(i))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print("b" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, "z" in k)
print(sorted(k & {"b", "x"}), sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "y"}))
print(sorted(i & {("c", 3), ("c", 4)}))
print(k == {"b", "c", "d"}, d.keys() == d.keys())
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(list(i))), [x for x in v if x > 2])
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError:
    print("RuntimeError")
print(sorted(d.keys()))
print(list({}.keys()), list({}.items()))
