# exp: hand-written (IRQ handlers on the host board's deterministic virtual clock)
# cmdline: -X irq=virtual
# A generator handler: its setup runs once at registration, its locals persist between
# interrupts, and it receives the timer at each one.
import pyb
import time

totals = [0] * 5


def handler(tim):
    print("setup", tim)
    count = 0
    total = 0
    while True:
        t = yield
        count += 1
        total += t.counter()
        if count <= 5:
            totals[count - 1] = total
        if t is not tim:
            print("wrong timer")


tim = pyb.Timer(2, freq=1000)
tim.callback(handler)
print("registered")
time.sleep_ms(10)
tim.deinit()
print(totals)

# A generator object (not yet started) is primed at registration.
collected = 0


def collector(tim):
    global collected
    while True:
        yield
        collected += 1


g = collector(None)
tim = pyb.Timer(3, freq=500, callback=g)
time.sleep_ms(10)
tim.deinit()
print("collected", collected)

# A generator that returns instead of yielding disables its callback.
runs = 0


def twice(tim):
    global runs
    for i in range(2):
        yield
        runs += 1


tim = pyb.Timer(4, freq=1000, callback=twice)
time.sleep_ms(10)
tim.deinit()
print("runs", runs)
