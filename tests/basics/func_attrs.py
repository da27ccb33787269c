# function objects: names, attributes, first-class use
def alpha():
    "docstring here"
    return 1
print(alpha.__name__)
alpha.custom = "attr"
print(alpha.custom)
beta = alpha
print(beta.__name__, beta())
def apply(f, *a):
    return f(*a)
print(apply(max, 3, 9), apply(lambda: "x"))
funcs = {"double": lambda x: x * 2, "neg": lambda x: -x}
print([funcs[k](5) for k in sorted(funcs)])
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
def ret_none():
    pass
def ret_bare():
    return
print(ret_none(), ret_bare())
def multi():
    return 1, "two", [3]
r = multi()
print(type(r).__name__, r)
print([f.__name__ for f in (alpha, outer, ret_none)])
