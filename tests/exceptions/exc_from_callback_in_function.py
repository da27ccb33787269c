# an exception raised in Python code called by a builtin, inside a function, keeps its
# traceback intact (regression: the exception was unrooted while its traceback grew)
class A:
    def __next__(self):
        raise ValueError(42)


def f():
    next(A())


def key(x):
    raise KeyError(x)


def g():
    sorted([1, 2], key=key)


def h():
    list(map(lambda x: {}[x], [1]))


for fn in (f, g, h):
    for i in range(2):
        try:
            fn()
        except Exception as e:
            print(type(e).__name__, e.args)
