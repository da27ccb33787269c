# StopIteration carries the generator return value
def g():
    yield 1
    return "done"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom")
try:
    next(It())
except StopIteration as e:
    print("custom iterator:", e.value)
print(list(It()))
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value)
def stop_inside_gen():
    yield 1
    raise StopIteration("inside")
try:
    print(list(stop_inside_gen()))
except RuntimeError as e:
    print("RuntimeError")
