# exp: hand-written (machine/pyb timers of the host board; registration checks)
# cmdline: -X irq=virtual
# Each way a handler is rejected when it is registered (never at interrupt time).
import machine
import pyb


def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


def no_args():
    pass


def two_args(a, b):
    pass


def gen_no_args():
    yield


def gen_returns(t):
    return
    yield


def gen_raises(t):
    1 // 0
    yield


def gen(t):
    yield


done = gen(None)
for _ in done:
    pass

t = pyb.Timer(5, freq=100)
attempt(t.callback, 5)
attempt(t.callback, no_args)
attempt(t.callback, two_args)
attempt(t.callback, gen_no_args)
attempt(t.callback, gen_returns)
attempt(t.callback, gen_raises)
attempt(t.callback, done)
attempt(t.callback, hasattr)
attempt(t.callback, lambda tim: None)
attempt(t.callback, None)
t.deinit()

attempt(machine.Timer, period=10, callback=5)
attempt(machine.Timer, period=10, callback=no_args)
attempt(machine.Timer, 3)
attempt(machine.Timer, period=2**31, callback=print)
attempt(pyb.Timer, 0)
attempt(pyb.Timer, 15)
attempt(pyb.Timer(6).init)
attempt(pyb.Timer, 7, freq=0)
attempt(pyb.Timer, 7, freq=100, color=1)
