# the `except ... as name` target is deleted at the end of the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", type(e).__name__)
try:
    print(e)
except NameError:
    print("NameError: e was cleared")
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return type(err).__name__
print(f())
def g():
    try:
        raise KeyError
    except KeyError as k:
        pass
    return "k" in dir()
print(g())
