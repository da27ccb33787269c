# the value of a yield from expression is the subgenerator's return value
def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def main():
    a = yield from sub(3)
    b = yield from sub(4)
    yield ("sums", a, b)
    c = yield from [7, 8]
    yield ("list gives", c)
    return a + b
g = main()
print(list(g))
def averager():
    total = 0
    count = 0
    while True:
        v = yield
        if v is None:
            return total / count if count else 0
        total += v
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 30])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
def outer_ret():
    r = yield from sub(0)
    return ("inner returned", r)
try:
    next(outer_ret())
except StopIteration as e:
    print(e.value)
