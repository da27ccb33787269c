# exception args, str and repr for exceptions created in the program
cases = [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(5),
         KeyError("k"), KeyError(), KeyError(1, 2), IndexError("idx"),
         Exception(None), Exception(""), RuntimeError([1, 2])]
for e in cases:
    print(type(e).__name__, e.args, "[" + str(e) + "]", repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e.args, str(e))
try:
    raise TypeError("msg", {"detail": True})
except TypeError as err:
    msg, extra = err.args
    print(msg, extra)
print(len(OSError("a", "b").args), str(StopIteration(5)), StopIteration(5).value)
