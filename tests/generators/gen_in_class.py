# generators as methods and __iter__
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(list(t))
for d, v in t.depth_first():
    print("  " * d + v)
print("a2" in t, "zz" in t, len(list(t)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [x * y for x in c for y in c])
class Evens:
    @staticmethod
    def upto(n):
        return (i for i in range(0, n, 2))
    @classmethod
    def named(cls):
        yield cls.__name__
print(list(Evens.upto(9)), list(Evens.named()))
