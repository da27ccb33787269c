def g():
    yield
    yield 1
    x = yield 2
    yield x, 3
    return 4

def h():
    yield from g()
    r = yield from other()
    return r

def k(n):
    for i in range(n):
        yield i * i
