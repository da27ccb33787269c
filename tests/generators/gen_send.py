# send() delivers values into a suspended generator
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
r = running_avg()
r.send(None)
print([r.send(v) for v in (10, 20, 60)])
g = echo()
try:
    g.send("too early")
except TypeError:
    print("TypeError: must send None first")
print(g.send(None))
def yield_value_when_next():
    x = yield 1
    print("x is", x)
    yield 2
g = yield_value_when_next()
next(g)
print(next(g))
