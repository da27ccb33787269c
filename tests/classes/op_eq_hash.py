# __eq__ and __hash__ for dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError:
    print("TypeError unhashable")
try:
    {EqOnly(): 1}
except TypeError:
    print("TypeError dict key")
class Plain:
    pass
p = Plain()
print({p: 1}[p], p == p, p == Plain())
class ConstHash:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.n == o.n
col = {ConstHash(i): i for i in range(5)}
print(len(col), col[ConstHash(3)])
class Sub(Key):
    __hash__ = None
try:
    hash(Sub(1, 2))
except TypeError:
    print("TypeError Sub")
print(hash(Key(5, 6)) == hash(Key(5, 6)))
