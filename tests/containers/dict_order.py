# dicts preserve insertion order
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d, list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(d)
d.pop("mid")
d["mid"] = "back"
print(list(d.items()))
e = dict(b=1, a=2, c=3)
print(e, dict([("y", 1), ("x", 2)]), dict(zip("cba", range(3))))
f = {**e, "a": "override", "new": 1}
print(f)
g = {i: i for i in range(10, 0, -1)}
print(list(g)[:4], list(g.values())[-3:])
print({1: 1, 1.0: 2, True: 3})
h = dict.fromkeys("hello")
print(list(h))
