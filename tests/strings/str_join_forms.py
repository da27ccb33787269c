# str.join over lists, tuples, generators, strings and dict keys; type errors
print("-".join(["a", "b", "c"]), "-".join(("x",)), "-".join([]), repr("".join([])))
print(", ".join(str(i) for i in range(5)), "".join("abc"), "/".join({"k1": 1, "k2": 2}))
print("::".join(["", "", ""]), "ab".join("xyz"), " ".join(map(str.upper, ["p", "q"])))
print("é".join(["α", "β", "γ"]), len("é".join(["α", "β", "γ"])), "\n".join(["l1", "l2"]).splitlines())
parts = ["a"] * 1000
s = ",".join(parts)
print(len(s), s.count(","), s[:7], s[-3:])
class S(str):
    pass
print("+".join([S("u"), "v", S("w")]), type("+".join([S("u")])).__name__)
for bad in [["a", 1], [None], [b"x"], 5, ["a", ["b"]]]:
    try:
        print("-".join(bad))
    except TypeError:
        print("TypeError", type(bad).__name__)
def gen():
    yield "g1"
    yield "g2"
print("|".join(gen()), "|".join(reversed(["r1", "r2"])), "|".join(sorted("cab")))
