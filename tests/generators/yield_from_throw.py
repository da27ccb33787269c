# throw() and close() are forwarded through yield from
def inner(log):
    try:
        while True:
            try:
                yield "inner value"
            except ValueError as e:
                log.append("inner caught " + str(e))
    finally:
        log.append("inner finally")
def outer(log):
    try:
        yield from inner(log)
    except KeyError:
        log.append("outer caught KeyError")
        yield "outer recovery"
log = []
g = outer(log)
print(next(g))
print(g.throw(ValueError("v1")))
print(g.throw(KeyError("k")))
print(log)
log.clear()
g = outer(log)
next(g)
g.close()
print(log)
def plain_inner():
    yield 1
    yield 2
def passthru():
    yield from plain_inner()
p = passthru()
next(p)
try:
    p.throw(IndexError("x"))
except IndexError as e:
    print("propagated out of both:", e)
def over_list():
    yield from [1, 2, 3]
l = over_list()
next(l)
try:
    l.throw(TypeError("into list iterator"))
except TypeError as e:
    print("thrown at yield from list:", e)
