# basic try/except
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    if n == 2:
        return [][0]
    return n
for n in range(4):
    try:
        print("result", risky(n))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
    except IndexError:
        print("IndexError")
try:
    pass
except Exception:
    print("never")
print("no exception path ok")
try:
    raise RuntimeError
except RuntimeError as e:
    print(type(e).__name__, e.args)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError as e:
    print("outer caught", e.args)
try:
    int("x")
except:
    print("bare except")
