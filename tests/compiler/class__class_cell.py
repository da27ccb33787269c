class A:
    def f(self):
        return __class__
    def g(self):
        return super().g()

class B:
    def h(self, *args):
        return super().h(*args)
