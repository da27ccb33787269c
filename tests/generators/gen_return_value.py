# return values of generators
def g(n):
    for i in range(n):
        yield i
    return "returned %d" % n
it = g(2)
print(list(it))
it = g(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(g(3)))
def early(flag):
    yield 1
    if flag:
        return [flag]
    yield 2
print(collect(early(True)), collect(early(False)))
def ret_none():
    yield 1
    return None
print(collect(ret_none()))
for v in g(2):
    print("for ignores return value:", v)
