# dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("b", "gone"), d)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(x=10)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
c = d.copy()
c["new"] = True
print(d, c)
d.clear()
print(d, c)
try:
    {}.popitem()
except KeyError:
    print("KeyError")
try:
    {}.pop("x")
except KeyError:
    print("KeyError pop")
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
try:
    d.update(5)
except TypeError:
    print("TypeError")
