# exp: hand-written (ferropy draws text with its own 8x8 font, not MicroPython's; see modules/framebuf/font.rs)
import framebuf

w, h = 20, 10
fb = framebuf.FrameBuffer(bytearray(w * h), w, h, framebuf.GS8)


def show():
    for y in range(h):
        print("".join(".#23456789"[fb.pixel(x, y)] for x in range(w)))
    print("-")


fb.text("Hi!", 0, 0)
show()
fb.fill(0)
# Clipped on every side; colour given; bytes outside the font draw the last glyph.
fb.text("|_", -3, 3, 2)
fb.text("g\x1f\u00e9", 10, 5, 3)
fb.text("", 0, 0)
show()
# Drawing the same text in colour 0 erases it.
fb.text("|_", -3, 3, 0)
fb.text("g\x1f\u00e9", 10, 5, 0)
print(sum(bytes(fb)))
try:
    fb.text(5, 0, 0)
except TypeError:
    print("TypeError")
