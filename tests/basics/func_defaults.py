# default parameter values
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, c=30), f(a=0, b=0, c=0))
def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([9]), g())
def h(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(h(), h())
n = 5
def k(v=n):
    return v
n = 6
print(k())
def evaluated():
    print("default evaluated")
    return 0
def uses(d=evaluated()):
    return d
print(uses(), uses(1))
for args in [(), (1, 2, 3, 4)]:
    try:
        f(*args)
    except TypeError:
        print("TypeError", len(args))
try:
    f(1, a=1)
except TypeError:
    print("TypeError dup")
try:
    f(1, d=4)
except TypeError:
    print("TypeError unexpected")
