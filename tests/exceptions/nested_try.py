# deeply nested try statements and handler selection
def level3(x):
    try:
        return 100 // x
    finally:
        print("level3 finally", x)
def level2(x):
    try:
        return level3(x)
    except TypeError:
        print("level2 TypeError")
        return -2
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError:
        print("level1 ZeroDivisionError")
        return -1
print(level1(5))
print(level1(0))
print(level1("s"))
res = []
for a in range(3):
    try:
        try:
            try:
                if a == 0:
                    raise ValueError
                if a == 1:
                    raise KeyError
                raise OSError
            except ValueError:
                res.append("v")
        except KeyError:
            res.append("k")
    except OSError:
        res.append("o")
print(res)
