# __setitem__ and __delitem__
class Store:
    def __init__(self):
        self.d = {}
        self.log = []
    def __setitem__(self, k, v):
        if isinstance(k, slice):
            k = ("slice", k.start, k.stop, k.step)
        self.log.append(("set", k, v))
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        self.log.append(("del", k))
        del self.d[k]
s = Store()
s["a"] = 1
s[2] = "two"
s["a"] += 5
s[1:3] = "slice"
print(s.d)
del s[2]
try:
    del s["zz"]
except KeyError:
    print("KeyError")
print(s.log)
print(s.d)
class ReadOnly:
    def __getitem__(self, i):
        return i
r = ReadOnly()
try:
    r[0] = 1
except TypeError:
    print("TypeError set")
try:
    del r[0]
except (TypeError, AttributeError) as e:
    print("TypeError del")
