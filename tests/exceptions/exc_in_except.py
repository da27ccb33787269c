# an exception raised inside an except block gets __context__
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def handler_bug():
    try:
        {}["k"]
    except KeyError:
        return undefined_in_handler
try:
    handler_bug()
except NameError as e:
    print("NameError with context", type(e.__context__).__name__)
try:
    try:
        raise TypeError("t")
    finally:
        print("finally runs while TypeError pending")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise TypeError("lost")
    finally:
        raise ValueError("finally wins")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
