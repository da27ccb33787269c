# exp: hand-written (micropython.schedule is MicroPython's; waiting runs scheduled calls)
import micropython
import time


def wait_for(n):
    # Each wait may run one scheduled call.
    for _ in range(100):
        if len(log) >= n:
            return
        time.sleep_ms(1)


def note(arg):
    log.append(arg)


log = []
micropython.schedule(note, 1)
micropython.schedule(note, "two")
wait_for(2)
print(log)


def outer(arg):
    micropython.schedule(note, "inner")
    time.sleep_ms(1)
    log.append("outer done")


log = []
micropython.schedule(outer, None)
wait_for(2)
print(log)


def flood(arg):
    try:
        for i in range(10):
            micropython.schedule(note, i)
    except RuntimeError as e:
        log.append(str(e))


log = []
micropython.schedule(flood, None)
wait_for(5)
print(log[0], sorted(log[1:]))


def boom(arg):
    log.append("boom")
    raise ValueError(arg)


log = []
micropython.schedule(boom, "printed, not raised")
wait_for(1)
print(log)
