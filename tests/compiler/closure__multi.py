def f(a, b):
    c = 3
    def g(d):
        return a + c + d
    def h():
        return b + c
    return g, h

def outer():
    x = 1
    y = 2
    def mid():
        def inner():
            return x + y
        return inner
    return mid
