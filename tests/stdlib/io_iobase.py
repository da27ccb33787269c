# exp: hand-written (streams written in Python get bytearrays, as in MicroPython)
import io
import json
import sys


class Sink(io.IOBase):
    def __init__(self):
        self.chunks = []

    def write(self, buf):
        self.chunks.append(bytes(buf))
        return len(buf)


s = Sink()
print("a", 12, sep="/", file=s)
print(s.chunks)
s.chunks = []
sys.print_exception(ValueError("bad"), s)
print(b"".join(s.chunks))


class Liar(io.IOBase):
    def write(self, buf):
        return len(buf) + 1

    def ioctl(self, req, arg):
        return 0


class Busy(Liar):
    def write(self, buf):
        return None


class Failing(Liar):
    def write(self, buf):
        return -13


for cls in (Liar, Busy, Failing):
    try:
        print("x", file=cls())
    except OSError as e:
        print(cls.__name__, e.errno)

print(io.IOBase(), isinstance(Sink(), io.IOBase))
try:
    print("x", file=io.IOBase())
except AttributeError:
    print("AttributeError")
try:
    sys.print_exception(ValueError(), 5)
except OSError as e:
    print(e)


class Source(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.sizes = set()

    def readinto(self, buf):
        self.sizes.add(len(buf))
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


src = Source(b'{"k": [1, "two"]}')
print(json.load(src), src.sizes)
