# an exhausted generator stays exhausted
def g():
    yield 1
    yield 2
it = g()
print(list(it), list(it), next(it, "default"))
for x in it:
    print("never printed")
print(sum(it), max(it, default=-1), sorted(it))
try:
    next(it)
except StopIteration:
    print("StopIteration again")
try:
    it.send(None)
except StopIteration:
    print("send on exhausted: StopIteration")
try:
    it.throw(ValueError("after exhaustion"))
except ValueError:
    print("throw on exhausted raises the thrown exception")
it.close()
print("close is a no-op")
it2 = g()
print(next(it2), list(it2))
def raiser():
    yield 1
    raise KeyError("k")
r = raiser()
print(next(r))
try:
    next(r)
except KeyError:
    print("KeyError")
print(next(r, "exhausted after error"))
