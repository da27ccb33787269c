def f(a, b, *args, **kw):
    def g():
        return a, args, kw
    return g

def h(x):
    x = x + 1
    return lambda: x
