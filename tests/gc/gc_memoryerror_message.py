# exp: hand-written (MicroPython's MemoryError message and a fixed heap; an uncaught exception)
# cmdline: -X heapsize=64K
# A MemoryError carries MicroPython's message and a traceback even when the heap is full (it
# uses the exception prepared at start-up), and for requests far beyond the heap.
def fill():
    keep = []
    while True:
        keep.append(bytearray(1000))


try:
    fill()
except MemoryError as e:
    print(type(e).__name__, e.args[0][:34])


def huge(depth):
    if depth == 0:
        return [0] * (1 << 40)
    return huge(depth - 1)


try:
    huge(2)
except MemoryError as e:
    print(e)
huge(1)
