# exp: hand-written (deterministic virtual clock)
# cmdline: -X irq=virtual
# deinit() stops delivery; init() starts it again; a one-shot timer fires once.
import machine
import pyb
import time

count = 0


def tick(tim):
    global count
    count += 1


t = machine.Timer(period=2, callback=tick, hard=True)
print(t)
time.sleep_ms(20)
t.deinit()
first = count
time.sleep_ms(20)
print(first, count)
t.init(mode=machine.Timer.ONE_SHOT, period=3, callback=tick)
print(t)
time.sleep_ms(20)
print(count - first)

p = pyb.Timer(8, freq=1000, callback=tick)
time.sleep_ms(10)
p.callback(None)
before = count
time.sleep_ms(10)
print(count == before)
p.callback(tick)
time.sleep_ms(10)
p.deinit()
print(count - before)
print(p)
