# a list-backed class that handles slice assignment and deletion
class Arr:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        r = self.data[i]
        return Arr(r) if isinstance(i, slice) else r
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Arr(%r)" % (self.data,)
a = Arr(range(10))
print(a[2:5], a[::-3], a[-1], len(a))
a[1:3] = ["x", "y", "z"]
print(a)
a[::4] = [None] * len(a[::4])
print(a)
del a[::2]
print(a)
del a[-1]
print(a, len(a))
try:
    a[::2] = [1]
except ValueError:
    print("ValueError")
