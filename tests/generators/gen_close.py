# close() raises GeneratorExit inside the generator
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
print(it.close())
it.close()
try:
    next(it)
except StopIteration:
    print("closed generator raises StopIteration")
fresh = g()
fresh.close()
print("closing unstarted runs nothing")
print(list(fresh))
done = g()
print(list(done))
done.close()
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return
s = swallow()
next(s)
s.close()
print("return on GeneratorExit is fine")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = stubborn()
next(b)
try:
    b.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("different")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError from close:", e)
