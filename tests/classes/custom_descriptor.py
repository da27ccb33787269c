# a simple custom descriptor with __get__ and __set__
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return "descriptor on " + owner.__name__
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        obj.__dict__[self.name] = value
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
p = Person()
print(p.name, p.age, Person.name == "descriptor on Person")
p.name = "Ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
print(p.age)
class Const:
    def __get__(self, obj, owner):
        return 42
class Holder:
    answer = Const()
h = Holder()
print(h.answer, Holder.answer)
h.answer = 0
print(h.answer)
