class A:
    pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, B):
    def __init__(self, v):
        self.v = v
