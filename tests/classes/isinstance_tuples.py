# isinstance / issubclass with tuples and class hierarchies
class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D(), 1, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, (B, D)), isinstance(o, (int, str)),
          isinstance(o, ((A,), (type(None),))))
print(issubclass(C, (D, A)), issubclass(D, (A, B)), issubclass(C, ()))
print(isinstance(3, (float, (complex, (int,)))))
def kind(x):
    if isinstance(x, (list, tuple)):
        return "seq"
    if isinstance(x, (int, float)):
        return "num"
    return "other"
print([kind(v) for v in ([1], (1,), 2, 2.5, True, "s", {})])
try:
    isinstance(1, (int, 5))
except TypeError:
    print("TypeError")
print(isinstance(1, (int,)), isinstance(1, (int, 5)))
