# exp: hand-written (gc.mem_free is MicroPython's; sizes are ferropy's own, kept at or below these)
# Heap bytes per object, measured with gc.mem_free over 1000 objects: regressions in object
# layout show up here (an instance with three attributes: a 32-byte object and an 80-byte
# attribute table; MicroPython takes 96).
import gc


class Node:
    def __init__(self, k):
        self.key = k
        self.left = None
        self.right = None


def per_object(make):
    keep = [None] * 1000
    gc.collect()
    before = gc.mem_free()
    for i in range(1000):
        keep[i] = make(i)
    gc.collect()
    return (before - gc.mem_free()) // 1000


print("instance, 3 attributes:", per_object(Node) <= 112)
print("dict, 3 items:", per_object(lambda i: {"a": i, "b": 2, "c": 3}) <= 112)
print("tuple of 2:", per_object(lambda i: (i, i)) <= 32)
print("list of 2:", per_object(lambda i: [i, i]) <= 80)
