# Integer arithmetic in a tight loop: the Mandelbrot set in 16.16 fixed point.
# Only ints, shifts and comparisons; no floats. Checksum: the total iteration
# count plus a rolling hash of the escape counts in scan order.
import sys

DEFAULT_N = 240
TINY_N = 8
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

SHIFT = 16
ONE = 1 << SHIFT
LIMIT = 4 << SHIFT
MAX_ITER = 80


def escape(cr, ci):
    zr = 0
    zi = 0
    n = 0
    while n < MAX_ITER:
        zr2 = (zr * zr) >> SHIFT
        zi2 = (zi * zi) >> SHIFT
        if zr2 + zi2 > LIMIT:
            return n
        zi = ((zr * zi) >> (SHIFT - 1)) + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def mandel(size):
    left = -2 * ONE - ONE // 4
    top = (5 * ONE) // 4
    step_x = (3 * ONE) // size
    step_y = (5 * ONE) // (2 * size)
    total = 0
    rolling = 0
    for row in range(size):
        ci = top - row * step_y
        for col in range(size):
            n = escape(left + col * step_x, ci)
            total += n
            rolling = (rolling * 131 + n) & 0xFFFFFFF
    return total, rolling


total, rolling = mandel(N)
print("mandel_int", N, total, rolling)
