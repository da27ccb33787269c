# properties with setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append("set %r" % v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 // 9
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(t._c)
print(t.log)
t.celsius = 20
t.celsius += 5
print(t.celsius, t.log[-3:])
