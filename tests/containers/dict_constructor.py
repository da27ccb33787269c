# dict() constructor forms
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict((("k", "v"),)))
print(dict({"x": 1}), dict({"x": 1}, y=2), dict([("x", 1)], x=2), dict(zip("ab", [1, 2])))
print(dict([["l", "ist"]]), dict(["ab", "cd"]), dict(((1, 2), (3, 4))))
for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
src = {"a": [1]}
cp = dict(src)
cp["a"].append(2)
cp["b"] = 0
print(src, cp)
class KV:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(KV()))
