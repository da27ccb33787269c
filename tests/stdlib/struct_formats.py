# struct: every format character, byte orders, native alignment, repeat counts, pack_into and
# unpack_from with offsets.
import struct

for order in "<>!=":
    fmt = order + "bBhHiIlLqQ"
    vals = (-1, 255, -300, 65000, -70000, 4000000000, -5, 6, -2**63, 2**64 - 1)
    data = struct.pack(fmt, *vals)
    print(order, struct.calcsize(fmt), data.hex(), struct.unpack(fmt, data) == vals)

print(struct.pack("<e", 1.5), struct.pack(">f", -2.5), struct.pack("<d", 0.1))
print(struct.unpack("<e", b"\x00\x3c"), struct.unpack(">f", b"\x40\x49\x0f\xdb"),
    struct.unpack("<d", struct.pack("<d", 1e300)))
print(struct.pack("<?c5s2x", 7, b"A", b"hi"), struct.unpack("<?c5s2x", b"\x00Zhello\x00\x00"))
print(struct.pack(">3h", 1, 2, 3), struct.unpack("<3B2h", b"foo\x12\x34\xff\xff"))
print(struct.pack("<4s", b"abcdef"), struct.pack("<6s", b"ab"), struct.unpack("<0s", b""))

# native layout aligns each item to its size
for fmt in ("bi", "bq", "hb", "bd", "b3h", "ibq", "@qb", "<qb", "=bi"):
    print(fmt, struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2) == struct.pack("=bxxxi", 1, 2))
print(struct.unpack("@bhq", struct.pack("@bhq", -1, -2, -3)))

# white space between items is ignored
print(struct.calcsize("< h h i"), struct.pack("< 2h i", 1, 2, 3))

# pack_into / unpack_from, with negative offsets
buf = bytearray(b">>>123<<<")
struct.pack_into("<bbb", buf, 3, 0x41, 0x42, 0x43)
print(buf)
struct.pack_into("<bbb", buf, -6, 0x44, 0x45, 0x46)
print(buf)
print(struct.unpack_from("<H", buf, 1), struct.unpack_from("<H", buf, -2),
    struct.unpack_from("<3s", buf))
mv = memoryview(bytearray(8))
struct.pack_into(">I", mv[4:], 0, 0xDEADBEEF)
print(bytes(mv))

# errors (the exception types CPython raises too)
for f in (lambda: struct.calcsize("z"), lambda: struct.pack("<Z", 1),
    lambda: struct.unpack("<I", b"\x00"),
          lambda: struct.unpack_from("<I", b"\x00\x00\x00\x00", 2),
          lambda: struct.pack_into("<I", bytearray(3), 0, 1), lambda: struct.pack_into("<I",
              bytearray(8), -9, 1)):
    try:
        f()
    except ValueError:
        print("ValueError")
    except struct.error:
        print("ValueError")
for f in (lambda: struct.pack(1, 2), lambda: struct.pack("<i", "x"),
    lambda: struct.pack_into("<b", b"ro", 0, 1)):
    try:
        f()
    except (TypeError, struct.error):
        print("TypeError")
try:
    struct.pack("<e", 1e15)
except OverflowError:
    print("OverflowError")
