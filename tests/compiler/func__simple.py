def f():
    pass

def g(a, b):
    return a + b

def h(x):
    y = x * 2
    return y

print(g(1, 2), h(3))
