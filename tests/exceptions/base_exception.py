# BaseException subclasses that are not Exceptions
for cls in (KeyboardInterrupt, SystemExit, GeneratorExit):
    print(cls.__name__, issubclass(cls, Exception), issubclass(cls, BaseException))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("SystemExit code", e.code)
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("deep")
    except Exception:
        print("wrong")
except Custom as e:
    print("Custom", e)
print(issubclass(Exception, BaseException), BaseException.__name__)
