# exp: hand-written (MicroPython's OSError messages and file errors differ from CPython's)
import os

tag = "".join("%02x" % b for b in os.urandom(4))
name = "_tmp_io_file_mp_" + tag + ".txt"

try:
    open(name)
except OSError as e:
    print(e, e.args, e.errno)

with open(name, "w") as f:
    print(repr(f).split()[0], type(f))
    print(f.write(b"bytes "), f.write("text"))
    try:
        f.read()
    except OSError as e:
        print("read:", e.errno)
    try:
        f.write(5)
    except TypeError as e:
        print(e)

with open(name, "rb") as f:
    print(repr(f).split()[0], type(f))
    try:
        f.write(b"x")
    except OSError as e:
        print("write:", e.errno)
    print(f.readinto(bytearray(20), 5))
    try:
        f.seek(0, 7)
    except OSError as e:
        print("seek:", e)

with open(name) as f:
    b = bytearray(3)
    print(f.readinto(b), b, f.read())

f = open(name)
f.close()
try:
    f.fileno()
except ValueError as e:
    print(e)
os.remove(name)
print(OSError(22, "detail"), OSError(39), OSError("msg"))
