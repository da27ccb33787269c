# Class attributes and globals seen through the VM's lookup cache: every change must be
# visible at the next access, whichever way it is made.
class A:
    x = 1
    def f(self):
        return "A.f"

class B(A):
    pass

b = B()
for i in range(3):
    print(b.x, b.f(), B.x)

# A new name in a subclass shadows the base's.
B.x = 2
def bf(self):
    return "B.f"
B.f = bf
print(b.x, b.f(), A.x, A().f())

# Deleting it uncovers the base's again.
del B.x
del B.f
print(b.x, b.f())

# Rebinding in place, repeatedly.
for i in range(3):
    A.x += 10
    print(b.x)

# Through the class dict, and setattr/delattr.
setattr(A, "y", "ya")
print(b.y)
delattr(A, "y")
print(hasattr(b, "y"))

# Instance attributes win over plain class attributes, and appear/disappear.
b.x = "inst"
print(b.x)
del b.x
print(b.x)

# A data descriptor added to a class after instances were used.
class C:
    pass
c = C()
c.v = 5
print(c.v)
C.v = property(lambda self: "prop")
print(c.v)
del C.v
print(c.v)

# Special methods added late.
class D:
    pass
d = D()
try:
    len(d)
except TypeError:
    print("no len")
D.__len__ = lambda self: 42
print(len(d))
D.__len__ = lambda self: 7
print(len(d))

# Globals that shadow builtins, and their removal.
def use_len():
    return len("abc")
print(use_len())
def len(x):
    return "shadowed"
print(use_len())
del len
print(use_len())

# A global defined after the first failed lookup.
def get_g():
    return g
try:
    get_g()
except NameError:
    print("no g")
g = "defined"
print(get_g())
g = "rebound"
print(get_g())

# Builtins overridden through the builtins module.
import builtins
def use_abs():
    return abs(-3)
print(use_abs())
orig_abs = abs
builtins.abs = lambda x: "override"
print(use_abs())
builtins.abs = orig_abs
print(use_abs())

# exec with its own globals dicts: each is its own namespace.
code = "def h():\n    return k\nr = h()"
for val in (1, 2):
    ns = {"k": val}
    exec(code, ns)
    print(ns["r"])
ns = {"k": "a"}
exec(code, ns)
ns["k"] = "b"
print(ns["h"]())
ns.clear()
ns["k"] = "after clear"
exec("r = k", ns)
print(ns["r"])

# Many classes created and dropped: addresses are reused after collections.
import gc
for i in range(5):
    class T:
        val = i
    t = T()
    print(t.val, end=" ")
    del T, t
    gc.collect()
print()
