# __set_name__ is called for each class attribute whose type defines it, over a snapshot
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class M:
    x = D()
    y = 1
    z = D()


print(M.x.name, M.z.name)


class SetOther:
    def __init__(self, other, value):
        self.other = other
        self.value = value

    def __set_name__(self, owner, name):
        setattr(owner, self.other, self.value)


class T:
    a = SetOther("b", 2)
    b = SetOther("a", 1)


print(T.a, T.b)

T2 = type("T2", (), {"d": D()})
print(T2.d.name)


class Raise:
    def __set_name__(self, owner, name):
        raise ValueError("boom")


try:

    class R:
        r = Raise()

except Exception as e:
    print("raised")
