# open(): text and binary files, modes, seeking, lines, context managers
import os

tag = "".join("%02x" % b for b in os.urandom(4))
name = "_tmp_io_file_" + tag + ".txt"

with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second\nthird"))
with open(name) as f:
    print(repr(f.read(5)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    print(f.seek(0), [line for line in f])
with open(name, "rb") as f:
    print(f.read(), f.seek(6), f.read(4))
    print(f.seek(-5, 2), f.read(), f.tell())
    f.seek(0)
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.readline(3))

with open(name, "a") as f:
    f.write("\nappended")
with open(name, "rb") as f:
    print(f.read()[-12:])

with open(name, "r+b") as f:
    f.write(b"FIRST")
    f.seek(0)
    print(f.readline())
with open(name, "w+") as f:
    f.write("rewritten")
    f.seek(0)
    print(f.read())
with open(name, "wb") as f:
    print(f.write(b"\x00\xff"), f.write(bytearray(b"ba")))
with open(name, "rb") as f:
    print(f.read())

f = open(name)
f.close()
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), lambda: list(f)):
    try:
        op()
    except ValueError:
        print("ValueError")

try:
    open(name, "x")
except OSError as e:
    print("OSError", e.errno)
os.remove(name)
try:
    open(name)
except OSError as e:
    print("OSError", e.errno)
try:
    with open(name, "r"):
        pass
except OSError:
    print("OSError in with")
for mode in ("rw", "q", "rbt", ""):
    try:
        open(name, mode)
    except ValueError:
        print("ValueError", mode)
print(name in os.listdir())
