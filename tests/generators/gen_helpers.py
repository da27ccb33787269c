# reimplementing builtins as generators
def my_enumerate(it, start=0):
    i = start
    for x in it:
        yield i, x
        i += 1
def my_zip(*its):
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        row = []
        for it in iters:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
def my_map(f, it):
    for x in it:
        yield f(x)
def my_filter(pred, it):
    for x in it:
        if (pred or bool)(x):
            yield x
def my_range(a, b=None, step=1):
    if b is None:
        a, b = 0, a
    while (step > 0 and a < b) or (step < 0 and a > b):
        yield a
        a += step
print(list(my_enumerate("abc", 1)) == list(enumerate("abc", 1)))
print(list(my_zip([1, 2, 3], "ab")), list(my_zip()), list(my_zip([])))
print(list(my_map(str.upper, "hey")), list(my_filter(None, [0, 1, "", "x"])))
print(list(my_range(5)), list(my_range(10, 0, -3)), list(my_range(2, 2)))
for args in [(5,), (1, 10, 3), (10, 1, -4), (0, -5, -1)]:
    print(list(my_range(*args)) == list(range(*args)))
