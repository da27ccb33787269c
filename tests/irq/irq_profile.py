# exp: hand-written (deterministic virtual clock)
# cmdline: -X irq=virtual
# micropython.irq_profile: in a build without the irq-profile feature it raises
# NotImplementedError naming the feature; with it, every phase of a hard timer handler's
# dispatch records samples. Both builds print the same lines.
import machine
import micropython
import time

count = 0


def tick(tim):
    global count
    count += 1


try:
    micropython.irq_profile(True)
    built = True
except NotImplementedError as e:
    built = False
    print(e.args[0] == "build with the irq-profile feature")

if built:
    print(micropython.irq_profile()["entry"] is None)
    t = machine.Timer(period=1, callback=tick, hard=True)
    time.sleep_ms(10)
    t.deinit()
    p = micropython.irq_profile()
    phases = ("register", "entry", "reset", "latency", "handler", "exit")
    print(sorted(p) == sorted(phases) and p["entry"][3] == count)
    print(all(p[k][0] <= p[k][1] <= p[k][2] for k in phases))
    micropython.irq_profile(False)
    print(micropython.irq_profile() is None)
else:
    print(True)
    print(True)
    print(True)
