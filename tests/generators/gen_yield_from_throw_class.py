# throw() of an exception class reaches a delegate's own throw() unchanged; StopIteration with a
# value from a builtin iterator ends a yield from with that value
class Iter:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, x):
        print("throw", x)
        return 456


def gen():
    yield from Iter()


g = gen()
print(next(g))
print(g.throw(ZeroDivisionError))
g.close()


class Iter2:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def gen2():
    yield from Iter2()


g = gen2()
next(g)
try:
    g.throw(ValueError)
except ValueError:
    print("ValueError")
g = gen2()
next(g)
try:
    g.throw(ValueError, "msg")
except ValueError as e:
    print("ValueError", e.args)


def f7(x):
    if x < 3:
        return x
    raise StopIteration(444)


def gen8():
    print((yield from map(f7, range(100))))


print(list(gen8()))


def plain():
    yield 1


g = plain()
next(g)
try:
    g.throw(KeyError)
except KeyError:
    print("KeyError")
try:
    plain().throw(123)
except TypeError:
    print("TypeError")
