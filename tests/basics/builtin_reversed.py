# reversed()
print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))))
print(list(reversed(())))
print("".join(reversed("hello")))
print(list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 11
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError:
    print("TypeError")
