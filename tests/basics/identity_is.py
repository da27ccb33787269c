# identity vs equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, (1 == 1) is True)
x = None
print(x is None, x == None, x is not None)
t1 = ()
t2 = ()
print(t1 == t2)
def f():
    pass
print(f is f, type(1) is type(2), type("a") is str)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 == k2, k1 is k1, k1 == k1, k1 != k2)
lst = [k1]
print(k1 in lst, k2 in lst)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan])
print(... is Ellipsis, NotImplemented is NotImplemented)
