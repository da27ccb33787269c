def f(a, b=2, *args, c, d=4, e, **kw):
    return a, b, args, c, d, e, kw

def g(*, a, b=1):
    return a + b

def h(x, *, y=lambda: z):
    return y()

f(1, c=3, e=5)
g(a=1)
