# reference cycles become garbage and are collected; survivors are unaffected
import gc
class Cyc:
    def __init__(self, name):
        self.name = name
        self.other = None
keep = []
for i in range(2000):
    a = Cyc("a%d" % i)
    b = Cyc("b%d" % i)
    a.other = b
    b.other = a
    if i % 500 == 0:
        keep.append(a)
del a, b
gc.collect()
print([k.name for k in keep], [k.other.name for k in keep], [k.other.other is k for k in keep])
lst = []
lst.append(lst)
d = {}
d["self"] = d
del lst, d
gc.collect()
ring = [Cyc(str(i)) for i in range(5)]
for i, c in enumerate(ring):
    c.other = ring[(i + 1) % 5]
first = ring[0]
del ring
gc.collect()
walk = []
c = first
for _ in range(6):
    walk.append(c.name)
    c = c.other
print(walk)
