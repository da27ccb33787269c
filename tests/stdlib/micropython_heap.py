# exp: hand-written (micropython module memory functions and heap locking are MicroPython's)
import micropython

t0, c0, p0 = micropython.mem_total(), micropython.mem_current(), micropython.mem_peak()
data = [bytearray(100) for _ in range(50)]
print(micropython.mem_total() > t0, micropython.mem_current() > c0, micropython.mem_peak() >= p0)
print(micropython.mem_peak() >= micropython.mem_current())
data = None
print(type(micropython.stack_use()))

try:
    micropython.alloc_emergency_exception_buf(200)
except AttributeError:
    pass


def under_lock():
    results = [None, None, None]
    micropython.heap_lock()
    try:
        raise ValueError(42)
    except ValueError as e:
        results[0] = e.args[0]
    try:
        undefined_name
    except NameError as e:
        results[1] = type(e)
    try:
        [1, 2, 3]
    except MemoryError:
        results[2] = "MemoryError"
    micropython.heap_unlock()
    return results


results = under_lock()
print(results)

micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_unlock(), micropython.heap_unlock())

micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print(micropython.const(7), micropython.opt_level() >= 0)
