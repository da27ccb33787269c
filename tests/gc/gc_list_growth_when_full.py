# exp: hand-written (a fixed heap and gc.mem_free are MicroPython's)
# cmdline: -X heapsize=64K
# A list that cannot grow in place (small objects keep landing after its storage) still fills
# the heap: when there is no room for the usual half again, growth takes the room it needs.
import gc

box = [None] * 64


def fill():
    items = []
    i = 0
    try:
        while True:
            box[i & 63] = (i, i)
            items.append(i)
            i += 1
    except MemoryError:
        pass
    return len(items)


n = fill()
gc.collect()
free = gc.mem_free()
# The last growth holds the old and the new storage at once: 16 bytes per item at best.
print("filled most of the heap:", n * 16 >= free * 3 // 4)
print("still works:", sum(range(10)), len([0] * 100))
