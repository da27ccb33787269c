# generators keep local state and see closure variables
def make_gen():
    factor = 2
    def gen(n):
        for i in range(n):
            yield i * factor
    factor = 3
    return gen
g = make_gen()
print(list(g(4)))
def stateful():
    seen = set()
    x = yield
    while True:
        if x in seen:
            x = yield "dup %r" % (x,)
        else:
            seen.add(x)
            x = yield "new %r" % (x,)
s = stateful()
next(s)
print([s.send(v) for v in [1, 2, 1, "a", 2, "a"]])
counter = 0
def bump_global():
    global counter
    while True:
        counter += 1
        yield counter
b = bump_global()
next(b); next(b)
print(counter, next(b), counter)
a1 = make_gen()(3)
a2 = make_gen()(3)
print(next(a1), next(a1), next(a2), list(a1), list(a2))
