# yield from delegates to sub-iterables
def inner():
    yield 1
    yield 2
def outer():
    yield "start"
    yield from inner()
    yield from [3, 4]
    yield from "ab"
    yield from range(5, 7)
    yield from ()
    yield from {"k": 1}
    yield "end"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "x", range(0))))
def repeat_from(gen_fn, times):
    for _ in range(times):
        yield from gen_fn()
print(list(repeat_from(inner, 3)))
def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    yield depth
    yield from nested(depth - 1)
print(list(nested(3)))
def bad():
    yield from 5
try:
    list(bad())
except TypeError:
    print("TypeError")
