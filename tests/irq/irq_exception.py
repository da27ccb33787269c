# exp: hand-written (MicroPython's report of an exception in a hard IRQ handler)
# cmdline: -X irq=virtual
# An exception in a hard handler is reported, disables the callback, and the program goes on.
import machine
import pyb
import time

calls = 0


def bad(tim):
    global calls
    calls += 1
    raise ValueError("bad value")


tim = pyb.Timer(4, freq=1000, callback=bad)
time.sleep_ms(5)
print("calls", calls)
tim.deinit()

t = machine.Timer(period=1, callback=bad, hard=True)
time.sleep_ms(5)
t.deinit()
print("calls", calls)

# A soft callback's exception is printed, and the callback stays enabled (as in MicroPython).
t = machine.Timer(period=1, callback=bad)
time.sleep_ms(3)
t.deinit()
print("calls", calls)
print("still running")
