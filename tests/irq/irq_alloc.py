# exp: hand-written (heap locked in hard IRQ handlers, MicroPython's MemoryError message)
# cmdline: -X irq=virtual
# A hard handler runs with the heap locked: allocating raises MemoryError. A soft handler may
# allocate.
import machine
import micropython
import time

got = None


def make_list(tim):
    global got
    got = [1, 2, 3]


def report_lock(tim):
    global got
    got = micropython.heap_locked()


t = machine.Timer(period=1, hard=True, callback=report_lock)
time.sleep_ms(2)
t.deinit()
print("heap locked in hard handler:", got)

got = None
t = machine.Timer(period=1, hard=True, callback=make_list)
time.sleep_ms(3)
t.deinit()
print("hard:", got)

t = machine.Timer(period=1, hard=False, callback=make_list)
time.sleep_ms(3)
t.deinit()
print("soft:", got)

t = machine.Timer(period=1, hard=False, callback=report_lock)
time.sleep_ms(2)
t.deinit()
print("heap locked in soft handler:", got)
print("heap locked now:", micropython.heap_locked())
