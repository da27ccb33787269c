# super() validates its arguments; != falls back to the negation of ==
for args in ((str, 0), (str, int), (0, int), (1, 1)):
    try:
        super(*args)
    except TypeError:
        print("TypeError")


class A:
    def f(self):
        return 0


a = A()
m1 = a.f
print(m1 == a.f, m1 != a.f, m1 != A().f, m1 != None)


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(E(1) != E(1), E(1) != E(2))
