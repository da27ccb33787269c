# bytes and bytearray work: table-driven CRC-32 (the zlib polynomial, reflected)
# and Adler-32 over pseudo-random buffers, plus slicing, concatenation and
# byte-wise rewrites. No struct or binascii: everything is done by hand.
import sys

DEFAULT_N = 160
TINY_N = 1
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

BLOCK = 4096


def make_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


TABLE = make_table()


def crc32(data, crc=0):
    table = TABLE
    crc ^= 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fill(buf, seed):
    for i in range(len(buf)):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        buf[i] = seed >> 24
    return seed


def run(blocks):
    check = crc32(b"123456789")
    buf = bytearray(BLOCK)
    seed = 12345
    running = 0
    adler_sum = 0
    for n in range(blocks):
        seed = fill(buf, seed)
        # Incremental CRC over the stream equals one CRC over the concatenation.
        running = crc32(buf, running)
        adler_sum = (adler_sum + adler32(buf)) & 0xFFFFFFFF
        # Rewrite in place: swap halves and invert every 5th byte.
        half = BLOCK // 2
        buf[:half], buf[half:] = buf[half:], buf[:half]
        for i in range(0, BLOCK, 5):
            buf[i] ^= 0xFF
        running = crc32(bytes(buf[:64]) + b"|" + bytes(buf[-64:]), running)
    return check, running, adler_sum


check, running, adler_sum = run(N)
print("crc32", N, "%08x" % check, "%08x" % running, "%08x" % adler_sum)
