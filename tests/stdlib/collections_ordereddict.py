# collections.OrderedDict: a dict with order-sensitive equality, move_to_end, popitem(last).
from collections import OrderedDict

d = OrderedDict([("a", 1), ("b", 2)])
d["c"] = 3
print(list(d.items()), len(d), d["b"], "a" in d, isinstance(d, dict))
d.move_to_end("a")
print(list(d))
d.move_to_end("a", last=False)
print(list(d))
d.move_to_end("c", False)
print(list(d))
print(d.popitem(), d.popitem(last=False), list(d))
try:
    d.move_to_end("zz")
except KeyError:
    print("KeyError")

x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(a=1, b=2))
del x["a"]
x["a"] = 1
print(x == y, list(x.keys()), list(x.values()))

e = OrderedDict()
try:
    e.popitem()
except KeyError:
    print("KeyError")
e.update({"k": 1}, j=2)
print(list(e.items()), e.get("k"), e.pop("k"), list(e))
print(dict(OrderedDict(z=1)), sorted(OrderedDict.fromkeys("cab")))


class Sub(OrderedDict):
    pass


s = Sub(a=1)
s["b"] = 2
print(list(s.items()), isinstance(s, OrderedDict))


class Named(OrderedDict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name


n = Named("n", a=1)
n["b"] = 2
print(n.name, list(n.items()))
