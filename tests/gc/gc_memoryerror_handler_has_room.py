# exp: hand-written (a fixed heap is MicroPython's; CPython would not run out)
# cmdline: -X heapsize=64K
# An operation that fills the heap and fails leaves nothing behind: the first statement of
# the handler, and the tuple of exception types it matches, already have the room the failed
# operation took.
try:
    list(range(1 << 62))
except (MemoryError, OverflowError) as e:
    print("caught", type(e).__name__, e.args[0][:24])


def fill():
    return list(range(1 << 62))


for attempt in range(3):
    try:
        fill()
    except MemoryError as e:
        print("caught", type(e).__name__, "%d" % attempt)
try:
    [str(i) * 10 for i in range(1 << 62)]
except MemoryError:
    print("caught", "again" + "!")
print("after", len([0] * 100))
