# exp: hand-written (micropython.heap_lock is MicroPython-only; operations that need no new object work while the heap is locked, and a failed growth leaves a list unchanged)
import micropython


class Slicer:
    def __getitem__(self, k):
        return k


everything = Slicer()[:]
a, b = b"abc", "xyz"
lst = [1, 2]
more = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
results = [None] * 8
micropython.heap_lock()
results[0] = (b"" + a) is a
results[1] = (a + b"") is a
results[2] = int.from_bytes(b"\x01\x02", "little")
results[3] = int.from_bytes(b"7", "big")
results[4] = "abc".replace(",", "_") is not None
try:
    lst[everything] = more
    results[5] = "grew"
except MemoryError:
    results[5] = "MemoryError"
try:
    bytes([1]) + bytes([2])
    results[6] = "allocated"
except MemoryError:
    results[6] = "MemoryError"
micropython.heap_unlock()
print(results)
print(lst)
