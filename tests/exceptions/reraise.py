# bare raise re-raises the current exception
def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging")
        raise
try:
    handler()
except ValueError as e:
    print("re-raised:", e)
def wrap():
    try:
        {}["missing"]
    except KeyError as e:
        err = e
    raise err
try:
    wrap()
except KeyError as e:
    print("saved and raised:", repr(e))
def reraise_in_finally_context():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError:
            pass
        raise
try:
    reraise_in_finally_context()
except Exception as e:
    print("bare raise after nested handled:", type(e).__name__, e)
try:
    raise
except RuntimeError:
    print("RuntimeError no active exception")
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return None
for n in (2, 0):
    try:
        print(conditional(n))
    except ZeroDivisionError:
        print("ZeroDivisionError")
