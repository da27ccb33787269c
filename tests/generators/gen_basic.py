# generator functions: lazy execution and iteration
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(count_up(0)))
def letters():
    yield "a"
    yield "b"
    yield "c"
print(list(letters()), "".join(letters()), sorted(letters(), reverse=True))
print(type(letters()).__name__)
def empty():
    return
    yield
print(list(empty()))
def one_shot():
    yield from ()
print(list(one_shot()))
g = letters()
print(iter(g) is g)
for a, b in zip(letters(), count_up(5)):
    print(a, b)
