# iterator classes
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, cur, hi):
        self.cur, self.hi = cur, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += 2
        return v
r = Range2(1, 10)
print(list(r), list(r), sum(r))
print([x * y for x in Range2(0, 4) for y in Range2(1, 4)])
it = iter(r)
print(next(it), next(it), list(it), next(it, "done"))
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d.upper()
print(list(GenIter("abc")), "B" in GenIter("abc"))
a, b, c = GenIter("xyz")
print(a, b, c)
print(dict(zip(Range2(0, 6), GenIter("pqr"))))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError")
