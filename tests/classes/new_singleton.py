# __new__ implementing a singleton and an instance cache
class Single:
    _inst = None
    inits = 0
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        Single.inits += 1
s1 = Single()
s2 = Single()
print(s1 is s2, Single.inits)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
a = Interned("x")
b = Interned("y")
c = Interned("x")
print(a is c, a is b, a.key, b.key, len(Interned._cache))
