# diamond inheritance with cooperative super()
log = []
class Base:
    def __init__(self):
        log.append("Base")
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        log.append("Left>")
        super().__init__()
        log.append("<Left")
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self):
        log.append("Right>")
        super().__init__()
        log.append("<Right")
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom>")
        super().__init__()
        log.append("<Bottom")
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom()
print(log)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(Left().hello())
try:
    class Bad(Base, Left):
        pass
except TypeError:
    print("TypeError")
