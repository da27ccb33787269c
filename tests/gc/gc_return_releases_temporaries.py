# exp: hand-written (gc.mem_free is MicroPython's; checked against MicroPython 1.29)
# Objects a function allocated become collectable when it returns, even in straight-line
# module code (no loop to reach a safe point): each call here takes a third of the free heap.
import gc
gc.collect()
n = gc.mem_free() // 3
def f():
    b = bytearray(n)
    return len(b) == n
print(f(), f(), f())
print(f(), f(), f())
