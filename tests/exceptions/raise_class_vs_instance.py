# raising a class instantiates it; raising non-exceptions is a TypeError
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
try:
    raise IndexError()
except IndexError as e:
    print(type(e).__name__, e.args)
for bad in (5, "string", None, object, int):
    try:
        raise bad
    except TypeError:
        print("TypeError for", type(bad).__name__)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError:
    print("TypeError for instance of non-exception")
exc = KeyError("reused")
for _ in range(2):
    try:
        raise exc
    except KeyError as e:
        print(e is exc, e.args)
def factory(kind):
    return {"v": ValueError, "t": TypeError}[kind]("made")
try:
    raise factory("t")
except TypeError as e:
    print("factory", e)
