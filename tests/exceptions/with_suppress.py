# __exit__ returning a true value suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(type(ev).__name__)
            return True
        return None
s = Suppress(KeyError, IndexError)
with s:
    {}["x"]
print("after KeyError")
with s:
    [][3]
    print("not reached")
print("after IndexError", s.caught)
try:
    with s:
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError passed through", e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print(10 // (i - 1))
    return "loop done"
print(f())
class TruthyExit:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string"
with TruthyExit():
    raise TypeError
print("suppressed by truthy value")
def ret():
    with Suppress(Exception):
        raise ValueError
    return "function continues"
print(ret())
