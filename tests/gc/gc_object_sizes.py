# exp: hand-written (gc.mem_alloc is MicroPython's; sizes as MicroPython's on 64-bit, but displays get no spare room: [i, 2] is 48 bytes, not 64, a dict of 3 is 80, not 96)
# Heap bytes per object, averaged over 100 of each, so regressions in object layout show up
# here: an instance with three attributes (a 32-byte object and a 64-byte attribute table), a
# list of 8 items, dict displays of 2 and 3 entries, a pair, a list of 2; and indexing or
# iterating over an ASCII string allocates nothing.
import gc


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


def allocated(make):
    gc.collect()
    before = gc.mem_alloc()
    kept = make()
    gc.collect()
    return gc.mem_alloc() - before


def per_object(make):
    # The list holding the objects is measured alone and taken off.
    return (allocated(make) - allocated(lambda: [i for i in range(100)])) // 100


print("instance", per_object(lambda: [Point() for i in range(100)]))
print("list of 8", per_object(lambda: [[1, 2, 3, 4, 5, 6, 7, 8] for i in range(100)]))
print("dict of 2", per_object(lambda: [{"a": i, "b": 2} for i in range(100)]))
print("dict of 3", per_object(lambda: [{"a": i, "b": 2, "c": 3} for i in range(100)]))
print("pair", per_object(lambda: [(i, 2) for i in range(100)]))
print("list of 2", per_object(lambda: [[i, 2] for i in range(100)]))


def scan(text):
    n = 0
    for i in range(len(text)):
        if text[i] == "x":
            n += 1
    for c in text:
        if c == "y":
            n += 1
    return n


text = "xyz" * 50
found = before = scan(text)
gc.collect()
gc.disable()
before = gc.mem_alloc()
found = scan(text)
print("one-char strings", found, "allocated per character:", gc.mem_alloc() - before >= len(text))
gc.enable()
