# try/except/else/finally execution order for each outcome
def run(action):
    order = []
    try:
        order.append("try")
        action()
    except ValueError:
        order.append("except")
    else:
        order.append("else")
    finally:
        order.append("finally")
    return order
def ok():
    pass
def bad():
    raise ValueError
def other():
    raise KeyError
print(run(ok))
print(run(bad))
try:
    run(other)
except KeyError:
    print("KeyError escaped after finally")
def nested(kind):
    out = []
    try:
        try:
            if kind:
                raise kind()
            out.append("inner ok")
        except TypeError:
            out.append("inner TypeError")
            raise
        else:
            out.append("inner else")
        finally:
            out.append("inner finally")
    except Exception as e:
        out.append("outer " + type(e).__name__)
    else:
        out.append("outer else")
    finally:
        out.append("outer finally")
    return out
print(nested(None))
print(nested(TypeError))
print(nested(IndexError))
