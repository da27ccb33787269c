def f(x):
    def g(y=1, *, z=2):
        return x + y + z
    return g

def h(n):
    return lambda m=1: n + m
