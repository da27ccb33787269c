# generators in unpacking, star-args and container constructors
def gen(n):
    for i in range(n):
        yield i * 10
def f(*args, **kw):
    return args, kw
print(f(*gen(3)))
print(f(*gen(0), *gen(2)))
print([*gen(2), *"ab", *gen(1)])
a, *b = gen(4)
print(a, b)
print(dict(zip(gen(3), "xyz")))
print(dict((str(v), v) for v in gen(3)))
print(set(x % 20 for x in gen(5)) == {0, 10})
print(tuple(gen(3)), list(reversed(list(gen(3)))))
print(bytes(x + 65 for x in range(3)), bytearray(x for x in (104, 105)))
print("-".join(map(str, gen(4))))
print(sorted(gen(4), key=lambda v: -v))
