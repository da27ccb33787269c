# subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list))
print(type(s).__name__, type(s + [9]).__name__, s + [9])
print(Stack([3, 1, 2]) == [3, 1, 2], sorted(Stack("cab")))
class Logged(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, x):
        self.log.append(x)
        super().append(x)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
l = Logged([5])
l.append(6)
print(l, l.log, l[0], l[-1], len(l))
l.extend([7])
print(l.log, list(l))
class Default(list):
    def __missing__(self, k):
        return None
d = Default([1])
d.attr = "lists subclasses get a __dict__"
print(d.attr, d)
