# enumerate/zip/map/filter/reversed are types: keywords, subclassing, isinstance
print(list(enumerate([1, 2, 3], start=1)))
print(list(enumerate(iterable=[1, 2, 3])))
print(list(enumerate(iterable="ab", start=5)))


class mymap(map):
    pass


m = mymap(lambda x: x + 10, range(4))
print(list(m), isinstance(m, map))


class myzip(zip):
    def extra(self):
        return "extra"


z = myzip("ab", [1, 2])
print(z.extra(), list(z))


class S:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i * 10


print(type(enumerate([])) is enumerate, type(reversed(S())) is reversed, list(reversed(S())))
print(list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))


class A:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


for f in (lambda: next(A()), lambda: next(enumerate(A())), lambda: next(map(abs, A())),
          lambda: next(zip(A()))):
    try:
        f()
    except StopIteration as e:
        print("StopIteration", e.args)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
