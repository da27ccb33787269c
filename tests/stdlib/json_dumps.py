# json.dumps: scalars, containers, formatting options, errors.
import json
from collections import OrderedDict, namedtuple

for v in (None, True, False, 0, -7, 10**25, 1.0, -0.0, 0.1, 1e100, 1.5e-10, float("inf"),
          -float("inf"), float("nan"), "", "abc", 'q"b\\s/', "\n\r\t\b\f\x00\x1f\x7f",
          "caf\xe9 \u2028 \U0001f600", [], (), {}, [1, [2, [3]]], (1, "a"), {"k": [None]}):
    print(json.dumps(v))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, "s": 6}))
print(json.dumps("caf\xe9 \U0001f600\x7f\x01", ensure_ascii=False))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
P = namedtuple("P", "x y")
print(json.dumps([P(1, 2)]))


class MyInt(int):
    pass


class MyList(list):
    pass


print(json.dumps([MyInt(5), MyList([1, 2]), True + 0]))

# separators and indent
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=[";", "="]))
print(json.dumps([1, {"a": [], "b": {}}, [2]], indent=2))
print(json.dumps({"a": [1]}, indent="--"))
print(json.dumps([1, 2], indent=0))
print(json.dumps([1, [2]], indent=1, separators=(", ", ": ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({3: 1, 1: 2}, sort_keys=True))

# default and skipkeys
print(json.dumps({"s": {1, 2} and 5, "o": object}, default=lambda o: "<obj>"))
print(json.dumps([complex(1, 2)], default=lambda c: [c.real, c.imag]))
print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True))

# errors
for bad in (object(), {1, 2}, b"x" if False else bytearray(b"x"), {(1,): 2}, 1j):
    try:
        json.dumps(bad)
    except TypeError:
        print("TypeError")
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError:
    print("ValueError")
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError:
    print("ValueError")
d = {}
d["me"] = d
try:
    json.dumps(d)
except ValueError:
    print("ValueError")
for sep in (1, (",",), (",", ":", "x"), (",", 2)):
    try:
        json.dumps([1], separators=sep)
    except (TypeError, ValueError):
        print("bad separators")
try:
    json.dumps(1, nonsense=True)
except TypeError:
    print("TypeError")
