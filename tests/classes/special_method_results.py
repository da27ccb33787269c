# results of special methods are checked; dir() uses __dir__; subclasses of type; unhashables
class BadInt:
    def __int__(self):
        return None


class BadFloat:
    def __float__(self):
        return 1


for f in (lambda: int(BadInt()), lambda: float(BadFloat())):
    try:
        f()
    except TypeError:
        print("TypeError")


class Dir:
    def __dir__(self):
        return ["b", "c", "a"]


print(dir(Dir()), "a" in dir(Dir))


class Meta(type):
    pass


d = Meta("foo", (), {})
print(not d, True if d else False)

for x in ({}.keys(), {}.items(), slice(1, 2)):
    try:
        hash(x)
    except TypeError:
        print("TypeError")
print(type(hash({}.values())))
try:
    {}[:] = {}
except TypeError:
    print("TypeError")


class BadException(BaseException):
    def __new__(cls, *args):
        return 1


def gen():
    yield


try:
    gen().throw(BadException)
except TypeError:
    print("TypeError")
