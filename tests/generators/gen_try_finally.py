# yield inside try/except/finally blocks
def g():
    try:
        yield "try"
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"
print(list(g()))
it = g()
print(next(it), it.throw(ValueError), next(it), next(it))
def cleanup_log():
    log = []
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append("inner %d" % i)
    finally:
        log.append("outer")
        yield log
print(list(cleanup_log()))
def gen_with_return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
r = gen_with_return_in_finally()
next(r)
try:
    r.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
