# simple function decorators
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
calls = []
def trace(f):
    def w(*a):
        calls.append((f.__name__, a))
        return f(*a)
    return w
@trace
def add(a, b):
    return a + b
print(add(2, 3), add(4, 5))
print(calls)
print(add.__name__)
def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco
reg = []
@register(reg)
def one(): return 1
@register(reg)
def two(): return 2
print(reg, one(), two())
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)
def count_calls(f):
    def w(*a, **k):
        w.n += 1
        return f(*a, **k)
    w.n = 0
    return w
@count_calls
def noop():
    pass
for _ in range(3):
    noop()
print(noop.n)
