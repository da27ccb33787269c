# *args collects extra positional arguments into a tuple
def f(*args):
    return type(args).__name__, len(args), args
print(f())
print(f(1))
print(f(1, "two", [3]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
try:
    g()
except TypeError:
    print("TypeError")
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1, 2, start=10))
def fwd(*a):
    return f(*a)
print(fwd(*range(3)))
def count_args(*a):
    return len(a)
print(count_args(*"hello"), count_args(*[], *(), 1), count_args(*{"a": 1, "b": 2}))
