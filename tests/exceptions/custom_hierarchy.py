# custom exception hierarchies and catching by base class
class Base(Exception):
    pass
class IOErr(Base):
    pass
class ParseErr(Base):
    def __init__(self, line):
        super().__init__("line %d" % line)
        self.line = line
class FatalParse(ParseErr):
    pass
def check(exc):
    try:
        raise exc
    except FatalParse as e:
        return "fatal at %d" % e.line
    except ParseErr as e:
        return "parse: " + str(e)
    except Base as e:
        return "base " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [IOErr(), ParseErr(3), FatalParse(9), KeyError(), Base("b")]:
    print(check(exc))
print([c.__name__ for c in FatalParse.__mro__])
class Multi(KeyError, ValueError):
    pass
for cls in (KeyError, ValueError, LookupError):
    try:
        raise Multi("m")
    except cls:
        print("Multi caught as", cls.__name__)
