class Base:
    def __init__(self):
        self.a = 1
    def greet(self, n):
        return n

class Derived(Base):
    def __init__(self):
        super().__init__()
        self.b = 2
    def greet(self, n):
        return super().greet(n) + 1
    def other(self):
        s = super()
        return s
    def attr(self):
        return super().greet
