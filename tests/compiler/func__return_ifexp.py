def f(x):
    return 1 if x else 2

def g(x, y):
    return x if x > y else y

def h(a):
    return (a, 1) if a else None
