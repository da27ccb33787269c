# names bound in a class body are invisible to its methods; the enclosing function's are not
def f():
    y = 1
    class C:
        y = 2
        z = y
        def m(self):
            return y
        w = [y for _ in range(2)]
    return C().m(), C.y, C.z, C.w
print(f())
def nested():
    y = "outer"
    class A:
        class B:
            y = "B"
            def m(self):
                return y
        y = "A"
    return A.B().m(), A.y, A.B.y
print(nested())
def shared():
    v = 1
    class C:
        print("class body reads", v)
        def get(self):
            return v
        def set(self, n):
            nonlocal v
            v = n
    c = C()
    c.set(5)
    return c.get(), v
print(shared())
def with_super():
    q = 0
    class Base:
        def who(self):
            return "base"
    class C(Base):
        q = 10
        def m(self):
            return q, __class__.__name__, super().who()
    return C().m()
print(with_super())
def lambdas():
    n = 3
    class C:
        n = 4
        f = lambda self: n
        g = staticmethod(lambda: n)
    return C().f(), C.g(), C.n
print(lambdas())
x = "global"
class M:
    x = "class"
    def m(self):
        return x
print(M().m(), M.x)
def class_global():
    y = "function"
    class C:
        global y
        def m(self):
            return y
    return C().m()
y = "global y"
print(class_global())
