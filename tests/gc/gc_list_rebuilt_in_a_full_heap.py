# exp: hand-written (a fixed heap is MicroPython's; MicroPython itself runs out here)
# cmdline: -X heapsize=64K
# A list is built again while the previous one is still alive, beside a buffer that takes
# half the heap: the old list gives back its unused room when memory runs out, and the new
# one grows where it lies (down into the free blocks below it) instead of needing a copy of
# itself, so the two fit where the usual half-again growth would not.
blob = bytearray(36 * 1024)


def build(n):
    return [i for i in range(n)]


old = build(1480)
for k in range(3):
    new = build(1480)
    assert new[-1] == 1479 and old[0] == 0
    old = new
print(len(old), sum(old), len(blob))
try:
    build(3000)
except MemoryError:
    print("MemoryError")
print("still works:", len(build(100)))
