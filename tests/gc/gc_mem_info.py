# memory information calls exist only on MicroPython; output is identical either way
import gc
if hasattr(gc, "mem_free") and hasattr(gc, "mem_alloc"):
    ok = gc.mem_free() >= 0 and gc.mem_alloc() > 0
else:
    ok = True
print("memory info ok:", ok)
before = None
big = [bytearray(100) for _ in range(1000)]
print(len(big), sum(len(b) for b in big))
del big
gc.collect()
again = [bytearray(100) for _ in range(1000)]
print(len(again), again[999][99])
print(callable(gc.collect), callable(gc.enable), callable(gc.disable), callable(gc.isenabled))
