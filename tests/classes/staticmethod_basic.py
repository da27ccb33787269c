# staticmethod
class MathUtil:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return "none"
    def uses_static(self):
        return self.add(1, 2) + MathUtil.add(3, 4)
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.no_args(), MathUtil().no_args())
print(MathUtil().uses_static())
class Sub(MathUtil):
    @staticmethod
    def add(a, b):
        return a * b
print(Sub.add(2, 3), Sub().uses_static())
def plain(x):
    return x * 10
class Holder:
    sm = staticmethod(plain)
    notstatic = plain
print(Holder.sm(2), Holder().sm(3), Holder.notstatic(4))
try:
    Holder().notstatic(4)
except TypeError:
    print("TypeError")
fns = [MathUtil.add, Sub.add]
print([f(3, 3) for f in fns])
