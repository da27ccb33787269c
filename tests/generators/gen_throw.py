# throw() raises an exception at the paused yield
def worker():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("worker handled", e)
            yield "recovered"
        except KeyError:
            print("worker stopping")
            return "stopped"
w = worker()
print(next(w))
print(w.throw(ValueError("bad input")))
print(next(w))
try:
    w.throw(KeyError)
except StopIteration as e:
    print("StopIteration value", e.value)
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated", e)
try:
    next(u)
except StopIteration:
    print("generator is dead")
fresh = unhandled()
try:
    fresh.throw(TypeError("before start"))
except TypeError:
    print("throw on fresh generator raises immediately")
print(list(fresh))
def finally_on_throw():
    try:
        yield 1
    finally:
        print("cleanup")
f = finally_on_throw()
next(f)
try:
    f.throw(RuntimeError)
except RuntimeError:
    print("RuntimeError after cleanup")
