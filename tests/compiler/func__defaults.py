def f(a, b=1, c=2):
    return a + b + c

def g(a=[], b={}):
    return a, b

def h(*, k=5):
    return k

def i(a, b=1, *, c, d=4):
    return a, b, c, d

def j(a=1, *args, b=2, **kw):
    return a, args, b, kw
