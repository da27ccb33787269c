# dir() on a simple class and instance (dunder names filtered out)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    zeta = 0
    alpha = "a"
    def method(self):
        pass
    @property
    def prop(self):
        return 1
    @staticmethod
    def sm():
        pass
def public(names):
    return sorted(n for n in names if not n.startswith("__"))
print(public(dir(Thing)))
t = Thing()
t.inst = 5
t._private = 6
print(public(dir(t)))
print("inst" in dir(t), "inst" in dir(Thing))
print(public(dir(Base)))
