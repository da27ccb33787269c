# functools (frozen into the runtime as .mpy): partial, reduce, wraps, cmp_to_key.
import functools
from functools import partial, reduce

print(reduce(lambda x, y: x + y, [1, 2, 3, 4]))
print(reduce(lambda x, y: x * y, range(1, 6), 10))
print(reduce(max, [], "empty"))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError", e)


def show(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))


p = partial(show, 1, c=3)
print(p(2))
print(p(2, c=4, d=5))
q = partial(p, 2, e=6)
print(q(), q.func is show, q.args, sorted(q.keywords.items()))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args) * 2

    return wrapper


@deco
def triple(x):
    return 3 * x


print(triple(5), triple.__name__, triple.__wrapped__(5))

key = functools.cmp_to_key(lambda x, y: (x % 10) - (y % 10))
print(sorted([21, 13, 5, 30, 42], key=key))
print(min([21, 13, 5], key=key), max([21, 13, 5], key=key))
print(key(1) < key(2), key(12) == key(2), key(3) >= key(13))
