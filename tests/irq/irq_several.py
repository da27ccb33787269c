# exp: hand-written (deterministic virtual clock)
# cmdline: -X irq=virtual
# Several timers at once, hard and soft, each with its own handler kind.
import machine
import pyb
import time

counts = [0, 0, 0, 0]


def func(tim):
    counts[0] += 1


class Handler:
    def method(self, tim):
        counts[1] += 1


def gen(tim):
    while True:
        yield
        counts[2] += 1


def make_closure(i):
    def closure(tim):
        counts[i] += 1

    return closure


t1 = pyb.Timer(1, freq=1000, callback=func)
t2 = pyb.Timer(2, freq=500, callback=Handler().method)
t3 = machine.Timer(period=4, callback=gen, hard=True)
t4 = machine.Timer(period=5, callback=make_closure(3))
time.sleep_ms(100)
for t in (t1, t2, t3, t4):
    t.deinit()
print(counts)
