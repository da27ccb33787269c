# finally always runs
def f(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return log + ["returned"]
    finally:
        log.append("finally")
    log.append("after")
    return log
print(f("normal"))
print(f("return"))
try:
    f("raise")
except ValueError:
    print("ValueError propagated")
log = []
try:
    try:
        raise KeyError("k")
    finally:
        log.append("inner finally")
except KeyError:
    log.append("outer except")
finally:
    log.append("outer finally")
print(log)
def returns_list():
    result = []
    try:
        return result
    finally:
        result.append("mutated in finally")
print(returns_list())
def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_value())
