# send() is forwarded through yield from
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator(log):
    while True:
        result = yield from accumulate()
        log.append(result)
        if result > 100:
            return "big"
log = []
d = delegator(log)
print(next(d))
print(d.send(5), d.send(10))
print(d.send(None))
print(d.send(200), log)
try:
    d.send(None)
except StopIteration as e:
    print("delegator returned", e.value, log)
def inner():
    x = yield "first"
    y = yield "got %r" % (x,)
    return (x, y)
def outer():
    r = yield from inner()
    yield "inner returned %r" % (r,)
o = outer()
print(next(o))
print(o.send(1))
print(o.send(2))
o2 = outer()
next(o2)
print(next(o2))
