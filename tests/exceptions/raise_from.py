# raise ... from ... sets __cause__
class ConfigError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config " + s) from e
try:
    load("x")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise KeyError("a") from ValueError("cause msg")
except KeyError as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no from")
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("from none") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__)
try:
    raise RuntimeError("r") from TypeError
except RuntimeError as e:
    print(type(e.__cause__).__name__)
