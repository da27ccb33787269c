# __delattr__ intercepts attribute deletion
class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.deleted = []
    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("cannot delete a")
        self.deleted.append(name)
        object.__delattr__(self, name)
g = Guarded()
del g.b
print(hasattr(g, "b"), g.deleted)
try:
    del g.a
except AttributeError as e:
    print(e)
print(g.a)
try:
    del g.nope
except AttributeError:
    print("AttributeError")
print(g.deleted)
delattr(g, "deleted")
print(hasattr(g, "deleted"))
