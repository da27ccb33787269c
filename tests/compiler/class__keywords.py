class A(metaclass=Meta):
    pass

class B(Base, metaclass=Meta, flag=True):
    pass

class C(*bases):
    pass

class D():
    pass
