# bench/run: skip (needs the host board's pyb module; run it directly: ferropy bench/irq_latency.py)
# Interrupt latency per handler kind, measured as MicroPython measures it on a board: a timer
# interrupt's handler reads the timer's counter first thing, and since the counter restarts at
# each update event, the value it reads is the time from the event to the handler's first line.
# On the host board the counter counts nanoseconds (1 GHz source clock, prescaler 0). The main
# program spins in a loop meanwhile (so the handler runs at the loop's next backward jump).
# Prints min/median/max in ns over N interrupts per kind.
import sys

import pyb

DEFAULT_N = 1000
TINY_N = 20
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
FREQ = 2000

samples = [0] * N
count = 0


def func(tim):
    c = tim.counter()
    global count
    if count < N:
        samples[count] = c
        count += 1


def gen(tim):
    global count
    while True:
        tim = yield
        c = tim.counter()
        if count < N:
            samples[count] = c
            count += 1


class Handler:
    def method(self, tim):
        c = tim.counter()
        global count
        if count < N:
            samples[count] = c
            count += 1


def make_closure():
    store = samples

    def closure(tim):
        c = tim.counter()
        global count
        if count < N:
            store[count] = c
            count += 1

    return closure


def measure(handler):
    global count
    count = 0
    tim = pyb.Timer(2, freq=FREQ, callback=handler)
    while count < N:
        pass
    tim.deinit()
    s = sorted(samples)
    return s[0], s[len(s) // 2], s[-1]


print("IRQ latency, %d interrupts per kind at %d Hz (ns from timer event to handler's first line)" % (N, FREQ))
print("%-16s %10s %10s %10s" % ("handler", "min", "median", "max"))
for name, handler in (
    ("function", func),
    ("generator", gen),
    ("bound method", Handler().method),
    ("closure", make_closure()),
):
    lo, med, hi = measure(handler)
    print("%-16s %10d %10d %10d" % (name, lo, med, hi))
