# readinto fills an existing buffer in place: bytearray, memoryview slices, arrays, files
import io
import os
from array import array

src = io.BytesIO(b"abcdefghijklmnop")

# the same bytearray object is filled; nothing new is made
buf = bytearray(4)
before = buf
print(src.readinto(buf), buf, buf is before)

# a memoryview slice writes into the middle of the underlying buffer
frame = bytearray(b"[........]")
view = memoryview(frame)
print(src.readinto(view[1:5]), frame)
print(src.readinto(view[5:9]), frame)

# arrays receive raw bytes, whatever their item size
a = array("B", [0, 0, 0])
print(src.readinto(a), a)
h = array("h", [0, 0])
n = io.BytesIO(b"\x01\x00\x02\x01").readinto(h)
print(n, list(h))

# a short read at the end: only the first bytes change; then 0
tail = bytearray(b"xxxxx")
print(src.readinto(tail), tail, src.readinto(tail), tail)

# an empty buffer reads nothing
print(io.BytesIO(b"abc").readinto(bytearray()))

# read-only buffers and non-buffers are refused
for bad in (b"xyz", memoryview(b"xyz"), "xyz", 5, None):
    try:
        io.BytesIO(b"abc").readinto(bad)
        print("accepted", type(bad).__name__)
    except TypeError:
        print("TypeError", type(bad).__name__)

# files: blocks go straight into successive slices of one buffer
name = "_tmp_io_readinto_" + "".join("%02x" % b for b in os.urandom(4)) + ".bin"
with open(name, "wb") as f:
    f.write(bytes(range(20)))
whole = bytearray(20)
mv = memoryview(whole)
with open(name, "rb") as f:
    pos = 0
    while True:
        n = f.readinto(mv[pos : pos + 6])
        if not n:
            break
        pos += n
    print(pos, whole == bytes(range(20)))
    f.seek(0)
    words = array("H", [0] * 3)
    print(f.readinto(words), list(words))
os.remove(name)

# a closed stream raises ValueError
c = io.BytesIO(b"abc")
c.close()
try:
    c.readinto(bytearray(2))
except ValueError:
    print("ValueError")
