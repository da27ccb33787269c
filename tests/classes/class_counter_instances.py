# class-level state shared among instances and subclasses
class Tracked:
    instances = 0
    names = []
    def __init__(self, name):
        type(self).instances += 1
        Tracked.names.append(name)
class Child(Tracked):
    instances = 0
Tracked("a"); Tracked("b"); Child("c")
print(Tracked.instances, Child.instances, Tracked.names, Child.names is Tracked.names)
class IdGen:
    _next = 1
    def __init__(self):
        self.id = IdGen._next
        IdGen._next += 1
print([IdGen().id for _ in range(4)])
