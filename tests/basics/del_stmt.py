# the del statement on names, items, slices and attributes
x = 5
del x
try:
    print(x)
except NameError:
    print("NameError")
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")
try:
    del lst[5]
except IndexError:
    print("IndexError")
class C:
    pass
c = C()
c.attr = 1
c.other = 2
del c.attr
print(hasattr(c, "attr"), hasattr(c, "other"))
try:
    del c.attr
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
def f():
    y = 3
    del y
    try:
        return y
    except NameError:
        return "unbound"
print(f())
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
