# str() and repr() of user-raised exceptions
class MyErr(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
tests = [
    ValueError("msg"),
    ValueError(""),
    ValueError("two", "args"),
    MyErr(),
    MyErr("my message"),
    MyErr(1, [2], {"three": 3}),
    WithStr("ignored"),
    KeyError("key"),
    KeyError(42),
    TypeError(None),
]
for t in tests:
    print("str=%s|repr=%s" % (str(t), repr(t)))
print("%s" % ValueError("in percent"))
print("{}".format(MyErr("in format")))
print(f"{KeyError('f')!r}")
print([ValueError("in list")])
