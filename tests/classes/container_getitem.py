# __getitem__ with ints, slices, negative indices and other keys
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self.n)
            return [self[j] for j in range(start, stop, step)]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Seq(6)
print(s[0], s[5], s[-1], s[-6])
print(s[1:4], s[::2], s[::-1], s[-2:], s[10:], s[:-10])
try:
    s[6]
except IndexError as e:
    print("IndexError", e.args)
print(list(s), 16 in s, 15 in s)
class Rec:
    def __getitem__(self, key):
        return key
r = Rec()
print(r[1], r["a"], r[1, 2], r[1:2], r[::3], r[1:2, 3], r[...])
sl = r[1:10:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
print(slice(5).indices(3), slice(-1, None, -1).indices(4))
