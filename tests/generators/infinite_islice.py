# infinite generators consumed with small hand-written helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
def islice(it, start, stop, step=1):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v
def cycle(seq):
    while True:
        yield from seq
def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
print(take(5, naturals()))
print(take(5, naturals(10)))
print(list(islice(naturals(), 3, 15, 4)))
print(take(7, cycle("ab")))
print(list(takewhile(lambda x: x * x < 50, naturals())))
print(take(3, []), take(10, "abc"))
squares = (n * n for n in naturals())
print(take(4, squares), take(2, squares))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(15, primes()))
