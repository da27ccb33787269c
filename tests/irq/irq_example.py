# exp: hand-written (the example program of the IRQ issue; it must run unchanged)
import pyb
def handler(tim):
    buffer = bytearray(64)
    index = 0
    while True:
        tim = yield
        buffer[index] = tim.counter() & 0xFF
        index = (index + 1) % 64
tim = pyb.Timer(2, freq=1000)
tim.callback(handler)
