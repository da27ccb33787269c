# bound and unbound methods
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def add(self, k):
        return self.n + k
c = C(10)
m = c.get
print(m(), C.get(c), C.add(c, 5))
c.n = 20
print(m())
bound = [C(i).add for i in range(3)]
print([b(100) for b in bound])
print(m.__self__ is c, m.__func__ is C.get, m.__name__ if hasattr(m, "__name__") else "get")
c.get = lambda: "instance attr wins"
print(c.get(), C.get(c))
def outside(self):
    return "outside " + str(self.n)
C.outside = outside
print(c.outside())
print(list(map(C.get, [C(1), C(2)])))
print(c.add == c.add, c.add is c.add)
try:
    C.get()
except TypeError:
    print("TypeError")
