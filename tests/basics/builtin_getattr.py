# getattr, setattr, hasattr, delattr
class P:
    cls_attr = "class"
    def method(self):
        return "method called"
p = P()
setattr(p, "x", 10)
print(p.x, getattr(p, "x"), hasattr(p, "x"), hasattr(p, "y"))
print(getattr(p, "y", "default"), getattr(p, "cls_attr"))
print(getattr(p, "method")())
try:
    getattr(p, "missing")
except AttributeError:
    print("AttributeError")
delattr(p, "x")
print(hasattr(p, "x"))
try:
    delattr(p, "x")
except AttributeError:
    print("AttributeError del")
name = "dyn" + "amic"
setattr(p, name, [1, 2])
print(p.dynamic)
setattr(P, "added", 5)
print(p.added, P.added)
print(getattr("abc", "upper")())
print(getattr(5, "real"), hasattr(5, "foo"))
try:
    getattr(p, 5)
except TypeError:
    print("TypeError")
try:
    setattr(5, "foo", 1)
except AttributeError:
    print("AttributeError int")
print(hasattr(P, "method"), hasattr(p, "__class__"))
