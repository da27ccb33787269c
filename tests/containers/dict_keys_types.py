# assorted hashable key types
class K:
    def __init__(self, v):
        self.v = v
k1, k2 = K(1), K(1)
d = {k1: "first", k2: "second", frozenset([1, 2]): "fs", (1, (2, 3)): "nested tuple",
     b"by": "bytes", -0.0: "zero", 10 ** 30: "big"}
print(len(d), d[k1], d[k2], d[frozenset([2, 1])], d[(1, (2, 3))], d[b"by"], d[0], d[10 ** 30])
print(K(1) in d, k1 in d)
for bad in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        d[bad] = 1
    except TypeError:
        print("TypeError", type(bad).__name__)
