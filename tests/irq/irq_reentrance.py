# exp: hand-written (deterministic virtual clock: a slow handler on a fast timer)
# cmdline: -X irq=virtual
# A handler slower than its timer is never re-entered: interrupts that arrive while it runs
# are held and delivered once after it returns.
import machine
import time

depth = 0
max_depth = 0
runs = 0


def slow(tim):
    global depth, max_depth, runs
    depth += 1
    if depth > max_depth:
        max_depth = depth
    runs += 1
    for i in range(3500):  # about 3.5 ms of virtual time, with a 1 ms timer
        pass
    depth -= 1


t = machine.Timer(period=1, hard=True, callback=slow)
time.sleep_ms(40)
t.deinit()
print("max depth", max_depth)
print("runs", runs)
print(10 <= runs <= 12)
