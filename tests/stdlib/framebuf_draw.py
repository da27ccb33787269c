# exp: hand-written (CPython has no framebuf; output checked against MicroPython 1.29)
import framebuf


def show(fb, w, h):
    for y in range(h):
        print("".join("%x" % fb.pixel(x, y) for x in range(w)))
    print("-")


# Every format: pixels, fills and the bytes they produce.
for name, fmt, size in (
    ("MONO_VLSB", framebuf.MONO_VLSB, 12),
    ("MONO_HLSB", framebuf.MONO_HLSB, 16),
    ("MONO_HMSB", framebuf.MONO_HMSB, 16),
    ("GS2_HMSB", framebuf.GS2_HMSB, 24),
    ("GS4_HMSB", framebuf.GS4_HMSB, 48),
    ("GS8", framebuf.GS8, 96),
    ("RGB565", framebuf.RGB565, 192),
):
    buf = bytearray(size)
    fb = framebuf.FrameBuffer(buf, 12, 8, fmt)
    print(name)
    fb.fill_rect(1, 1, 4, 3, 0x1F3)
    fb.pixel(11, 7, 2)
    fb.pixel(12, 0, 1)
    fb.pixel(-1, 0, 1)
    print(fb.pixel(1, 1), fb.pixel(0, 0), fb.pixel(11, 7), fb.pixel(12, 0), fb.pixel(0, -1))
    print(bytes(buf))
    fb.fill(0)
    fb.rect(0, 0, 12, 8, 3)
    fb.line(0, 7, 11, 0, 1)
    show(fb, 12, 8)

fb = framebuf.FrameBuffer(bytearray(16 * 12), 16, 12, framebuf.GS8)
fb.ellipse(7, 5, 6, 4, 1)
fb.ellipse(7, 5, 3, 2, 2, True)
fb.ellipse(7, 5, 7, 5, 3, False, 0b0101)
show(fb, 16, 12)
fb.fill(0)
fb.ellipse(3, 3, 0, 0, 5)
fb.ellipse(8, 3, 0, 3, 6)
fb.ellipse(12, 6, 3, 0, 7, True)
show(fb, 16, 12)

# Polygons, given as arrays of any integer typecode or as bytes.
from array import array

fb.fill(0)
fb.poly(2, 1, array("h", [0, 0, 10, 2, 6, 9, -1, 6]), 1)
fb.poly(2, 1, array("b", [3, 3, 7, 3, 5, 6]), 2, True)
fb.poly(0, 0, b"\x0c\x00\x0f\x00\x0f\x03", 3, True)
fb.poly(0, 0, array("i"), 4, True)
show(fb, 16, 12)

# Lines in every direction, partly outside.
fb.fill(0)
for x1, y1, x2, y2 in ((-3, -3, 5, 5), (15, 0, 9, 11), (0, 11, 15, 9), (20, 2, -4, 2), (3, 14, 3, -2)):
    fb.line(x1, y1, x2, y2, 1)
show(fb, 16, 12)

# Scrolling in each direction, and by more than the frame.
fb = framebuf.FrameBuffer(bytearray(6 * 4), 6, 4, framebuf.GS8)
for i in range(24):
    fb.pixel(i % 6, i // 6, i % 10)
for dx, dy in ((1, 0), (0, -1), (-2, 1), (6, 0), (0, -4)):
    fb.scroll(dx, dy)
    show(fb, 6, 4)

# Blitting frame buffers and tuples, with a key and a palette.
dst = framebuf.FrameBuffer(bytearray(6 * 4), 6, 4, framebuf.GS8)
src = framebuf.FrameBuffer(bytearray(b"\x01\x02\x00\x03"), 2, 2, framebuf.GS8)
for x, y in ((0, 0), (5, 3), (-1, 2), (6, 0), (0, -2)):
    dst.blit(src, x, y)
show(dst, 6, 4)
dst.fill(9)
dst.blit(src, 1, 1, 0)
dst.blit((b"\x00\x01\x01\x00", 4, 1, framebuf.GS8), 2, 0, -1, (b"\x05\x06", 2, 1, framebuf.GS8))
mono = framebuf.FrameBuffer(bytearray([0b10100000, 0b01000000]), 3, 2, framebuf.MONO_HLSB)
pal = framebuf.FrameBuffer(bytearray(b"\x07\x00"), 2, 1, framebuf.GS8)
dst.blit(mono, 3, 2, 0, pal)
show(dst, 6, 4)

# A frame buffer is a buffer: its bytes are the underlying buffer's.
raw = bytearray(4)
fb = framebuf.FrameBuffer(raw, 2, 2, framebuf.GS8, 2)
fb.fill(7)
print(bytes(fb), memoryview(fb)[3], raw)

# A stride wider than the frame leaves the padding alone.
raw = bytearray(b"\xee" * 12)
fb = framebuf.FrameBuffer(raw, 3, 3, framebuf.GS8, 4)
fb.fill(1)
print(raw)


# Subclasses construct through super().__init__ and can draw on themselves.
class Canvas(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.buf = bytearray(w * h)
        super().__init__(self.buf, w, h, framebuf.GS8)

    def cross(self, c):
        self.line(0, 0, self.w - 1, self.h - 1, c)
        self.line(self.w - 1, 0, 0, self.h - 1, c)


c = Canvas(5, 3)
c.cross(4)
show(c, 5, 3)
dst.fill(0)
dst.blit(c, 1, 1)
show(dst, 6, 4)

# Legacy constructor.
print(framebuf.MVLSB == framebuf.MONO_VLSB)
fb = framebuf.FrameBuffer1(bytearray(8), 4, 8, 4)
fb.vline(1, 0, 8, 1)
fb.hline(0, 7, 4, 1)
show(fb, 4, 8)

# Errors.
for args in (
    (bytearray(10), 0, 1, framebuf.GS8),
    (bytearray(10), 5, 2, framebuf.GS8, 4),
    (bytearray(10), 5, 3, framebuf.GS8),
    (bytearray(10), 5, 2, 7),
    (bytearray(10), 5, 2, -1),
    (bytearray(10), 70000, 1, framebuf.MONO_HLSB),
):
    try:
        framebuf.FrameBuffer(*args)
        print("ok")
    except ValueError as e:
        print("ValueError", e)
for bad in (b"0123456789", "0123456789", 12):
    try:
        framebuf.FrameBuffer(bad, 5, 2, framebuf.GS8)
        print("ok")
    except TypeError:
        print("TypeError")
fb = framebuf.FrameBuffer(bytearray(4), 2, 2, framebuf.GS8)
for arg in (None, (1, 2, 3), [b"", 1, 1, framebuf.GS8], 5):
    try:
        fb.blit(arg, 0, 0)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    fb.poly(0, 0, array("f", [1, 2, 3, 4]), 1)
except TypeError:
    print("TypeError")
