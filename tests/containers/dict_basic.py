# dict creation, access, update and deletion
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), d["two"], "one" in d, 1 in d)
del d["two"]
print(d, list(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
print({}, dict(), len({}), bool({}), bool({0: 0}))
d2 = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "": "empty"}
print(d2, d2[1], d2[None])
d3 = {}
for w in "a b a c b a".split():
    d3[w] = d3.get(w, 0) + 1
print(d3)
try:
    {[1]: 2}
except TypeError:
    print("TypeError")
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3})
