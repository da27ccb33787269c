# memoryview: slices share the viewed object's memory; writes go through to it.
from array import array

buf = bytearray(b"0123456789")
m = memoryview(buf)
part = m[2:6]
print(len(part), bytes(part), part.tobytes(), part.tolist())

# write through a slice of a slice, read the original
inner = part[1:3]
inner[0] = ord("X")
inner[1:2] = b"Y"
print(buf)

# the original changes are seen by every view
buf[2] = ord("a")
print(bytes(part), part[0], inner[-1])

# readinto-style filling: the producer writes chunks into successive slices
src = b"abcdefghij"
dest = bytearray(10)
view = memoryview(dest)
pos = 0
while pos < len(dest):
    chunk = src[pos:pos + 3]
    view[pos:pos + len(chunk)] = chunk
    pos += len(chunk)
print(dest)

# memoryview of memoryview, of bytes (read-only), of an array
print(bytes(memoryview(memoryview(b"xyz"))[1:]))
ro = memoryview(b"hello")
print(ro.readonly, memoryview(buf).readonly, ro[1], list(ro[1:3]))
for bad in (lambda: ro.__setitem__(0, 1), lambda: ro.__setitem__(slice(0, 1), b"j")):
    try:
        bad()
    except TypeError:
        print("TypeError")

a = array("h", [1, 2, 3, 4])
ma = memoryview(a)
print(len(ma), ma.itemsize, ma.nbytes, ma.format, ma[1], ma[-1], list(ma[1:3]))
ma[0] = -5
ma[2:4] = array("h", [30, 40])
print(a)
a[1] = 99
print(ma[1], ma.tolist())

# sizes must match for slice assignment
try:
    memoryview(bytearray(4))[0:2] = b"abc"
except ValueError:
    print("ValueError")

# cast between bytes and wider items
raw = bytearray(8)
words = memoryview(raw).cast("I")
words[1] = 0x01020304
print(len(words), raw)
print(memoryview(raw).cast("B")[4:].tolist())

# comparison, iteration, hex, bool, len
print(memoryview(b"abc") == b"abc", b"abc" == memoryview(b"abc"), memoryview(b"abc") != b"abd")
print(memoryview(b"abc") == memoryview(bytearray(b"abc")))
print([x for x in memoryview(b"\x01\x02")], memoryview(b"\xab\xcd").hex())
print(bool(memoryview(b"")), len(memoryview(b"")))

# index errors and release
try:
    memoryview(b"ab")[2]
except IndexError:
    print("IndexError")
m = memoryview(bytearray(b"abc"))
with m as v:
    print(v[0])
try:
    len(m)
except ValueError:
    print("ValueError released")
try:
    memoryview(1)
except TypeError:
    print("TypeError")

# the view keeps its object alive
def make():
    return memoryview(bytearray(b"kept alive"))[5:]
v = make()
import gc
gc.collect()
print(bytes(v))
