# exp: hand-written (deterministic virtual clock; micropython.schedule from a hard handler)
# cmdline: -X irq=virtual
# A hard handler cannot allocate, so it hands work to a soft one with micropython.schedule.
import micropython
import pyb
import time

log = []


def soft(n):
    log.append("soft %d heap_locked=%d" % (n, micropython.heap_locked()))


def hard(tim):
    global n
    n += 1
    if n <= 3:
        micropython.schedule(soft, n)


n = 0
tim = pyb.Timer(9, freq=1000, callback=hard)
time.sleep_ms(10)
tim.deinit()
for line in log:
    print(line)
