# exp: hand-written (ticks_* and sleep_ms/sleep_us are MicroPython's; 64-bit tick period)
import time

period = time.ticks_add(0, -1) + 1
print(period == 2**62, time.ticks_add(period - 1, 1), time.ticks_add(5, -10) == period - 5)
for d in (0, 1, -1, 1000, -1000, period // 2 - 1, -(period // 2) + 1):
    t = time.ticks_add(period - 3, d)
    print(d, time.ticks_diff(t, period - 3) == d, time.ticks_diff(period - 3, t) == -d)
print(time.ticks_diff(0, period - 1), time.ticks_diff(period - 1, 0))
print(time.ticks_diff(period // 2, 0))
for bad in (period // 2, -(period // 2)):
    try:
        time.ticks_add(0, bad)
    except OverflowError as e:
        print(e)

t0, u0 = time.ticks_ms(), time.ticks_us()
time.sleep_ms(20)
time.sleep_us(1000)
time.sleep(0.005)
dt, du = time.ticks_diff(time.ticks_ms(), t0), time.ticks_diff(time.ticks_us(), u0)
print(25 <= dt < 2000, 25000 <= du < 2000000)
time.sleep_ms(-5)
time.sleep(0)
c0 = time.ticks_cpu()
print(time.ticks_diff(time.ticks_cpu(), c0) >= 0)
s, ns = time.time(), time.time_ns()
print(type(s), type(ns), abs(s - ns / 1e9) < 1, ns > 1600000000 * 10**9)
try:
    time.sleep(-1)
except OSError as e:
    print(e)
