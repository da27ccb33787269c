# errors from container lookup methods, and their non-raising variants
lst = [3, 1, 4, 1, 5]
print(lst.index(1), lst.index(1, 2), lst.index(5, -1))
for args in [(9,), (3, 1), (1, 0, 1)]:
    try:
        lst.index(*args)
    except ValueError:
        print("ValueError", args)
s = "hello world"
print(s.find("o"), s.find("z"), s.rfind("o"), s.index("w"))
try:
    s.rindex("z")
except ValueError:
    print("ValueError rindex")
d = {"a": 1}
print(d.get("z"), d.get("z", 0), d.setdefault("z", 26), d)
try:
    d.pop("missing")
except KeyError:
    print("KeyError pop")
print(d.pop("missing", None))
t = (1, 2, 3)
try:
    t.index(4)
except ValueError:
    print("ValueError tuple.index")
try:
    lst.remove(99)
except ValueError:
    print("ValueError remove")
lst.remove(1)
print(lst)
