# exp: hand-written (sys.print_exception and the stream reprs are MicroPython's)
import io
import sys

n = sys.stdout.write("text\n")
m = sys.stdout.buffer.write(b"binary\n")
print(n, m)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.buffer.fileno(), type(sys.stdout), type(sys.stdout.buffer))
print(repr(sys.stdin), repr(sys.stderr.buffer))
sys.stdout.flush()
sys.stdout.buffer.flush()


def fail():
    raise ValueError("inner")


buf = io.StringIO()
try:
    fail()
except ValueError as e:
    sys.print_exception(e, buf)
lines = buf.getvalue().split("\n")
print(lines[0])
print([line.split(",")[-1] for line in lines[1:]])
buf = io.StringIO()
sys.print_exception(TypeError("t"), buf)
print(repr(buf.getvalue()))


def info():
    t, v, tb = sys.exc_info()
    return t, v, tb


print(sys.exc_info())
try:
    [][1]
except IndexError:
    print(info()[0], info()[1].args, info()[2])
    try:
        1 // 0
    except ZeroDivisionError:
        print(info()[0])
print(info())

try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.args)
print(sys.maxsize > 2**30, sys.byteorder, sys.platform, sys.version_info[:2])
