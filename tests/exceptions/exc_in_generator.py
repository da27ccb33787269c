# exceptions raised inside generators propagate to the consumer
def gen(fail_at):
    for i in range(5):
        if i == fail_at:
            raise ValueError("fail at %d" % i)
        yield i
out = []
try:
    for v in gen(3):
        out.append(v)
except ValueError as e:
    print(out, e)
g = gen(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("next raised", e)
try:
    next(g)
except StopIteration:
    print("generator is finished after raising")
def guarded():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "handled KeyError"
    finally:
        print("guarded finally")
g = guarded()
print(next(g))
print(g.throw(KeyError))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def catches_inside():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(catches_inside()))
