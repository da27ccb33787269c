# catching several exception types in one clause
def f(kind):
    if kind == "v":
        int("q")
    if kind == "k":
        {}["q"]
    if kind == "i":
        [][0]
    if kind == "z":
        1 // 0
    return "ok"
errs = (KeyError, IndexError)
for kind in "vkizn":
    try:
        print(f(kind))
    except (ValueError, ZeroDivisionError) as e:
        print("group1", type(e).__name__)
    except errs as e:
        print("group2", type(e).__name__)
try:
    f("k")
except (LookupError,) as e:
    print("LookupError base", type(e).__name__)
try:
    f("z")
except (TypeError, ArithmeticError) as e:
    print("ArithmeticError base", type(e).__name__)
handlers = [TypeError, ValueError]
try:
    f("v")
except tuple(handlers) as e:
    print("from list", type(e).__name__)
