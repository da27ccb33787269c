# __len__ and __contains__, and the __iter__/__getitem__ fallbacks for `in`
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items or x == "magic"
b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 in b, "magic" in b, 5 not in b)
print(len(Bag()), bool(Bag()), bool(b))
class IterOnly:
    def __iter__(self):
        return iter([10, 20])
print(10 in IterOnly(), 30 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i
print(3 in GetItemOnly(), 9 in GetItemOnly())
class Truthy:
    def __contains__(self, x):
        return 1
print(5 in Truthy(), type(5 in Truthy()).__name__)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError")
class NoContainer:
    pass
try:
    1 in NoContainer()
except TypeError:
    print("TypeError")
