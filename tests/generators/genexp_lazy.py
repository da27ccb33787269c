# generator expressions evaluate lazily, except the outermost iterable
log = []
def src(n):
    log.append("src created")
    for i in range(n):
        log.append("yield %d" % i)
        yield i
g = (x * 2 for x in src(3))
print(log)
log.clear()
print(next(g), log)
log.clear()
print(list(g), log)
n = 3
g2 = (n * i for i in range(2))
n = 10
print(list(g2))
r = range(3)
g3 = (i for i in r)
r = range(100)
print(list(g3))
g4 = ((a, b) for a in range(2) for b in range(a, 3))
print(list(g4))
nested = (sum(y for y in range(x)) for x in range(5))
print(list(nested))
print(sum(x for x in range(10) if x % 3 == 0))
big = (i for i in range(10 ** 12))
print(next(big), next(big))
