# single inheritance, overriding and extending
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + "!"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("bit", 1)
print(p.age, isinstance(p, Animal), issubclass(Puppy, Animal), type(p).__name__)
print(Puppy.__bases__ == (Dog,), Dog.__bases__ == (Animal,))
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Derived().template())
