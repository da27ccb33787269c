# from x import * where sys.modules["x"] is a class or an instance
import sys


class M:
    __all__ = ("y",)
    x = "b1"
    y = "b2"

    def __init__(self):
        self.__all__ = ("x",)
        self.x = "b3"


sys.modules["mod"] = M
x = None
from mod import *

print(x, y)
sys.modules["mod"] = M()
from mod import *

print(x, y)


class N:
    p = "n1"
    _q = "hidden"


sys.modules["mod"] = N
from mod import *

print(p, "_q" in globals())
sys.modules["mod"] = 1
try:
    from mod import *
except (ImportError, AttributeError):
    print("ImportError")
