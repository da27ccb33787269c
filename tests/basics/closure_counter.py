# independent closure instances
def counter(start=0, step=1):
    n = start
    def nxt():
        nonlocal n
        cur = n
        n += step
        return cur
    return nxt
a = counter()
b = counter(100, -10)
print(a(), a(), a())
print(b(), b(), a(), b())
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(len(fib.cache))
def adders():
    return [(lambda k: (lambda x: x + k))(k) for k in range(4)]
print([f(1) for f in adders()])
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = outer()
add("p"); add("q")
print(items, add("r"))
