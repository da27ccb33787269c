# __getattr__ is called only for missing attributes
class Proxy:
    real = "real attr"
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("no_"):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.real, p.misses)
print(p.count(1), p.misses)
print(hasattr(p, "no_thing"), getattr(p, "no_x", "dflt"))
try:
    p.no_way
except AttributeError as e:
    print("AttributeError", e.args)
class Dynamic:
    def __getattr__(self, name):
        return name.upper() * 2
d = Dynamic()
print(d.ab, d.xyz)
d.ab = "set"
print(d.ab)
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + "/" + name)
print(Chain().usr.local.bin.path)
