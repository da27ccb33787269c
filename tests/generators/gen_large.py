# generators producing many values
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(100000)))
print(sum(1 for _ in count(50000)))
print(max(x % 997 for x in count(20000)))
def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i * j
print(sum(pairs(300)))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)), len(list(deep(200))))
print(len([x for x in count(10000) if x % 7 == 3]))
