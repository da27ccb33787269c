# nested classes and classes defined in functions
class Outer:
    class Inner:
        val = "inner"
        def get(self):
            return self.val
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().get(), Outer.Inner.__name__)
def factory(n):
    class Local:
        size = n
        def twice(self):
            return self.size * 2
    return Local
A = factory(3)
B = factory(5)
print(A().twice(), B().twice(), A is B, A.__name__)
class Node:
    class Leaf:
        def __init__(self, v):
            self.v = v
    def __init__(self, *vals):
        self.leaves = [Node.Leaf(v) for v in vals]
print([l.v for l in Node(1, 2, 3).leaves])
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def total():
            return count
    return C
C = counter_class()
C(); C(); C()
print(C.total())
