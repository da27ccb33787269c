# exp: hand-written (MicroPython's generator.pend_throw, used by asyncio)
def gen():
    i = 0
    while 1:
        try:
            yield i
        except KeyError:
            print("caught KeyError")
        i += 1


g = gen()
print(next(g))
print(g.pend_throw(KeyError()))
print(next(g))
print(repr(g.pend_throw(ValueError("v"))))
print(repr(g.pend_throw(None)))
print(next(g))
g.pend_throw(ValueError("late"))
try:
    next(g)
except ValueError as e:
    print("raised", e)
g = gen()
g.pend_throw(OSError())
try:
    next(g)
except OSError:
    print("raised OSError")


def running():
    g2.pend_throw(ValueError())
    yield 1


g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
