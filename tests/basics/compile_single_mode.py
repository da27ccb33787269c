# compile(..., "single") prints the value of expression statements; function __globals__ is read-only
exec(compile("10 + 2", "file", "single"))
exec(compile("if 1: 10 + 1\n", "file", "single"))
exec(compile("None", "file", "single"))
exec(compile("'s'", "file", "single"))
print(eval(compile("10 + 3", "file", "eval")))


def foo():
    pass


print(foo.__globals__ is globals())
try:
    foo.__globals__ = None
except AttributeError:
    print("AttributeError")
foo.attr = 5
print(foo.attr)
