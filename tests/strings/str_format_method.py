# str.format with positional, keyword, index and attribute fields
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0}{x}".format(1, x=2))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = "why"
print("{0.x} {0.y} {p.x}".format(P(), p=P()))
print("{{}} {{{0}}}".format(5), "{:}".format("empty spec"), "{!r}".format("r"))
print("{0:>{1}}".format("w", 4), "{:{}}|".format("d", 3), "{:{fill}^{w}}".format(1, fill="-", w=7))
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{0}{1}{2}".format(*"xyz"))
for bad in ["{", "}", "{0} {}", "{missing}", "{5}"]:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(repr(bad), type(e).__name__)
