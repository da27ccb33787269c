# iter() and next() with defaults
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it = iter("ab")
print(list(it), list(it))
print(iter(it) is it)
d = {"x": 1, "y": 2}
print(next(iter(d)), list(iter(d.items())))
try:
    iter(5)
except TypeError:
    print("TypeError")
try:
    next([1])
except TypeError:
    print("TypeError next")
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(GetItem()), list(iter(GetItem())))
vals = [5, 4, 0, 3]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
