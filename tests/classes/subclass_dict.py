# subclassing dict
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(c, c["z"], "z" in c, len(c))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = Attr(x=1, y=2)
print(a.x, a["y"], isinstance(a, dict), a)
try:
    a.z
except AttributeError:
    print("AttributeError")
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lo = Lower()
lo["ABC"] = 1
lo["Def"] = 2
print(lo, type(lo).__name__, lo.get("abc"))
print(Counter(a=1) == {"a": 1})
