# yield as an expression in various positions
def g():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = yield
    yield ("results", a, b, c, d)
it = g()
print(next(it))
print(it.send("A"))
print(it.send(5))
print(it.send("c0"))
print(it.send("c1"))
print(it.send("D"))
it = g()
print(next(it), next(it))
def no_send():
    x = yield "first"
    yield "x was %r" % (x,)
n = no_send()
print(next(n), next(n))
def in_call():
    print("printed:", (yield "p"))
    yield len((yield "q"))
ic = in_call()
print(next(ic))
print(ic.send("hello"))
print(ic.send([1, 2, 3]))
def yield_tuple():
    yield 1, 2
    x = yield
    yield x
yt = yield_tuple()
print(next(yt), next(yt), yt.send("sent"))
