def f(*args):
    return args

def g(**kwargs):
    return kwargs

def h(a, *args, **kwargs):
    return a, args, kwargs

def i(a, *args, b, c):
    return a, args, b, c

def j(*, a, b):
    return a + b
