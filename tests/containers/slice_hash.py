# exp: hand-written (slices are hashable as in CPython 3.12 and MicroPython; CPython 3.11 refuses them)
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(None)) == hash(slice(None, None, None)))
d = {slice(1, 2): "a", slice(None, "x"): "b"}
print(d[slice(1, 2)], d[slice(None, "x", None)], slice(1, 3) in d)
try:
    {}[:]
except KeyError as e:
    print("KeyError", e.args)


class K:
    def __getitem__(self, k):
        return hash(k) == hash(slice(k.start, k.stop, k.step))


print(K()[1:2:3])
d = {}
d[:] = {}
print(d)
try:
    hash(slice([], 1))
except TypeError as e:
    print("TypeError", e)
