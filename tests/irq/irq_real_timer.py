# exp: hand-written (real OS timers; only facts that hold on a loaded machine are printed)
# Timers on the real clock: interrupts arrive while the program computes and while it sleeps.
import machine
import pyb
import time

hard_count = 0
soft_count = 0


def hard(tim):
    global hard_count
    hard_count += 1


def soft(tim):
    global soft_count
    soft_count += 1


t1 = pyb.Timer(2, freq=500, callback=hard)
t2 = machine.Timer(period=2, callback=soft)
time.sleep_ms(300)
start = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), start) < 300:
    pass
t1.deinit()
t2.deinit()
print(hard_count >= 20, soft_count >= 20)
after = hard_count + soft_count
time.sleep_ms(50)
print(hard_count + soft_count == after)
