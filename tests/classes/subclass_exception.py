# user-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class WithCode(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
for exc in [AppError("plain"), NotFound("key"), WithCode("bad", 42), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, isinstance(e, Exception))
try:
    raise NotFound("x")
except NotFound as e:
    print(e.name, repr(e))
print(issubclass(NotFound, AppError), issubclass(AppError, BaseException))
class MyKey(KeyError):
    pass
try:
    raise MyKey("mk")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
