# assigning to builtins.X replaces the builtin, also __build_class__ and __import__
import builtins

orig_abs = abs
builtins.abs = lambda x: x + 1
print(abs(1))
builtins.abs = orig_abs
print(abs(-1))

orig_build_class = __build_class__
builtins.__build_class__ = lambda f, name: ("class", name)


class A:
    pass


print(A)
builtins.__build_class__ = orig_build_class


def custom_import(name, globals, locals, fromlist, level):
    print("import", name, fromlist, level)

    class M:
        a = 1
        b = 2

    return M


orig_import = builtins.__import__
builtins.__import__ = custom_import
import a
import a.b
from a import a
from a.b import a, b
from .a import a

print(a, b)
builtins.__import__ = orig_import
import sys

print(sys.__name__)
