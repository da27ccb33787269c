# class attributes vs instance attributes
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, v):
        self.shared.append(v)
a = C("a")
b = C("b")
a.add(1)
b.add(2)
print(a.shared, b.shared, C.shared, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.count = 7
print(a.count, b.count)
a.shared = ["own"]
print(a.shared, b.shared)
C.new_attr = "late"
print(a.new_attr, b.new_attr)
print(sorted(a.__dict__), sorted(b.__dict__))
print("shared" in C.__dict__, "name" in C.__dict__)
class D(C):
    pass
d = D("d")
print(d.shared, D.count, C.count)
D.count = 0
print(D.count, C.count)
