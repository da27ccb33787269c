# the else clause runs only when the try block raised nothing
def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print("except for", v)
    else:
        print("else for", v, "r =", r)
    print("after", v)
attempt(2)
attempt(0)
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
def else_not_protected():
    try:
        try:
            x = 1
        except KeyError:
            return "inner handler"
        else:
            {}["k"]
    except KeyError:
        return "outer handler"
print(else_not_protected())
for i in range(3):
    try:
        if i == 1:
            continue
    except Exception:
        pass
    else:
        print("else", i)
