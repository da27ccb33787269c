# __int__, __float__ and numeric conversions
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
n = Num(3.75)
print(int(n), float(n), int(Num("12")), float(Num(2)))
import math
print(math.floor(n.v), math.sqrt(Num(16)))
class NoConv:
    pass
for f in (int, float):
    try:
        f(NoConv())
    except TypeError:
        print("TypeError", f.__name__)
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError:
    print("TypeError bad")
