# exp: hand-written (CPython has no uctypes; output checked against MicroPython 1.29)
import uctypes
from collections import OrderedDict

HEADER = {
    "magic": uctypes.UINT16 | 0,
    "flags": uctypes.UINT8 | 2,
    "kind": uctypes.BFUINT8 | 3 | 0 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "level": uctypes.BFUINT8 | 3 | 3 << uctypes.BF_POS | 5 << uctypes.BF_LEN,
    "count": uctypes.INT32 | 4,
    "big": uctypes.UINT64 | 8,
    "name": (uctypes.ARRAY | 16, uctypes.UINT8 | 4),
    "words": (uctypes.ARRAY | 20, uctypes.INT16 | 2),
    "pairs": (uctypes.ARRAY | 24, 2, {"a": uctypes.UINT8 | 0, "b": uctypes.INT8 | 1}),
    "inner": (28, {"x": uctypes.UINT16 | 0, "y": uctypes.UINT16 | 2}),
}

for layout, name in ((uctypes.LITTLE_ENDIAN, "LE"), (uctypes.BIG_ENDIAN, "BE")):
    print(name, uctypes.sizeof(HEADER, layout))
    data = bytearray(32)
    h = uctypes.struct(uctypes.addressof(data), HEADER, layout)
    h.magic = 0xCAFE
    h.flags = 0x1FF
    h.kind = 5
    h.level = 17
    h.count = -2
    h.big = 0x0102030405060708
    h.name[0] = ord("A")
    h.name[3] = ord("Z")
    h.words[1] = -300
    h.pairs[1].a = 200
    h.pairs[1].b = -5
    h.inner.y = 0xBEEF
    print(data)
    print(hex(h.magic), h.flags, h.kind, h.level, h.count, hex(h.big))
    print(h.name, len(h.name), list(h.name), h.name[1:3])
    print(h.words[0], h.words[1], h.pairs[1].a, h.pairs[1].b, hex(h.inner.y))
    try:
        h.words[2]
    except IndexError as e:
        print("IndexError", e)
    try:
        h.name[4]
    except IndexError:
        print("IndexError")

# Native layout rounds the size up to the largest field.
print(uctypes.sizeof({"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}))
print(uctypes.sizeof({"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}, uctypes.LITTLE_ENDIAN))
print(uctypes.sizeof(OrderedDict([("f", uctypes.FLOAT64 | 0), ("g", uctypes.FLOAT32 | 8)])))
print(uctypes.sizeof((uctypes.ARRAY | 0, uctypes.UINT16 | 5)))
print(uctypes.sizeof({}))

# Floats.
data = bytearray(12)
f = uctypes.struct(uctypes.addressof(data), {"f": uctypes.FLOAT32 | 0, "d": uctypes.FLOAT64 | 4}, uctypes.LITTLE_ENDIAN)
f.f = 1.5
f.d = -0.25
print(f.f, f.d, data)

# Pointers.
target = bytearray(b"\x01\x02\x03\x04")
ptr_store = bytearray(uctypes.addressof(target).to_bytes(8, "little"))
p = uctypes.struct(
    uctypes.addressof(ptr_store),
    {"p8": (uctypes.PTR | 0, uctypes.UINT8), "ps": (uctypes.PTR | 0, {"v": uctypes.UINT16 | 0})},
    uctypes.LITTLE_ENDIAN,
)
print(int(p.p8) == uctypes.addressof(target), p.p8[2], p.ps[1].v == 0x0403)

# Raw memory helpers.
buf = bytearray(b"hello")
print(uctypes.bytes_at(uctypes.addressof(buf), 3))
view = uctypes.bytearray_at(uctypes.addressof(buf) + 1, 3)
view[0] = ord("E")
print(buf, view, uctypes.sizeof(view), uctypes.addressof(view) - uctypes.addressof(buf))
s = uctypes.struct(uctypes.addressof(buf), {"w": uctypes.UINT16 | 0})
print(bytes(s), uctypes.sizeof(s))

# Errors.
s = uctypes.struct(uctypes.addressof(buf), {"bad": [1], "arr": (uctypes.ARRAY | 0, uctypes.UINT16 | 2)})
try:
    s.missing
except KeyError:
    print("KeyError")
for expr in ("s.bad", "s[0]", "uctypes.sizeof(s, 1)", "uctypes.sizeof(uctypes.UINT8)",
             "uctypes.sizeof([])", "uctypes.struct(buf, {})", "uctypes.struct(0, {}, 0, 0)"):
    try:
        eval(expr)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.arr = 1
except TypeError as e:
    print("TypeError", e)
