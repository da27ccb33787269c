# str.format field names: positions, keywords, attributes, indexes and their errors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("{0.x},{0.y} {p.y}".format(p, p=p), "{0[1]}{0[0]}".format("ab"), "{d[key]}".format(d={"key": 1}))
print("{0[0][1]} {0[1].x}".format([[5, 6], p]), "{m[10]}".format(m={10: "int key"}))
print("{m[-1]}".format(m={"-1": "str key"}), "{0.__class__.__name__}".format(1.5))
print("{}{}{}".format(*"abc"), "{2}{1}{0}".format(*"abc"), "{0}{0}".format("r"), "{a}{a}".format(a="k"))
print("{{}}".format(), "{{{}}}".format(7), "}}{{".format(), "{:}".format("e"), "{0:}".format(1))
bad = ["{", "}", "{0", "{0[}", "{0!}", "{0!r", "{0!x}", "{0!rs}", "{0.}", "{0[]}", "{0]}",
       "{0[0]x}", "{}{0}", "{0}{}", "{5}", "{x}", "{a{b}}", "{:{:{}}}", "{0.nope}", "{0[9]}"]
for f in bad:
    try:
        print(repr(f), f.format([1, 2], x=None))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(f), type(e).__name__)
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x.real}".format_map({"x": 5}))
class Defaults(dict):
    def __getitem__(self, key):
        return key.upper()
print("{name} {other}".format_map(Defaults()))
try:
    "{}".format_map({})
except ValueError:
    print("ValueError")
