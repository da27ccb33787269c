# exp: hand-written (CPython has no deflate module; output checked against MicroPython 1.29)
import deflate
import io

TEXT = b'ferropy streams: abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc\nsecond line\nthird\n'
# Made with CPython's zlib: raw DEFLATE (wbits -15), zlib and gzip, and a stored block.
RAW = b'KK-*\xca/\xa8T(.)JM\xcc-\xb6RHLJ\x1e\x10\xc4U\x9c\x9a\x9c\x9f\x97\xa2\x90\x93\x99\x97\xcaU\x92\x91Y\x94\xc2\x05\x00'
ZLIB = b'x\xdaKK-*\xca/\xa8T(.)JM\xcc-\xb6RHLJ\x1e\x10\xc4U\x9c\x9a\x9c\x9f\x97\xa2\x90\x93\x99\x97\xcaU\x92\x91Y\x94\xc2\x05\x00LM:\xee'
GZIP = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03KK-*\xca/\xa8T(.)JM\xcc-\xb6RHLJ\x1e\x10\xc4U\x9c\x9a\x9c\x9f\x97\xa2\x90\x93\x99\x97\xcaU\x92\x91Y\x94\xc2\x05\x00~\x8d8\x96\x9c\x00\x00\x00'
STORED = b'x\x01\x01\r\x00\xf2\xffstored block!$^\x04\xde'


def inflate(data, *args):
    with deflate.DeflateIO(io.BytesIO(data), *args) as d:
        return d.read()


def attempt(data, *args):
    try:
        out = inflate(data, *args)
        print("ok", out == TEXT, len(out))
    except Exception as e:
        print(type(e).__name__, e)


print(inflate(RAW, deflate.RAW, 15) == TEXT)
print(inflate(ZLIB) == TEXT, inflate(ZLIB, deflate.ZLIB) == TEXT)
print(inflate(GZIP) == TEXT, inflate(GZIP, deflate.GZIP, 15) == TEXT)
print(inflate(STORED))

# Wrong format, window too small, corrupt checksum, truncated input, bad arguments. (A loop:
# each case allocates a 32K window, which the collector frees between iterations.)
for case in (
    (ZLIB, deflate.GZIP),
    (GZIP, deflate.ZLIB),
    (RAW, deflate.RAW, 5),
    (ZLIB[:-1] + bytes([ZLIB[-1] ^ 1]),),
    (GZIP[:-8] + bytes(8),),
    (ZLIB[:20],),
    (b"", deflate.RAW),
    (ZLIB, 4),
    (ZLIB, deflate.ZLIB, 16),
):
    attempt(*case)

# Reading in pieces, lines and into a buffer; the source is read only as far as needed.
src = io.BytesIO(ZLIB + b"trailing")
d = deflate.DeflateIO(src)
print(d.read(5), src.tell())
print(d.readline())
buf = bytearray(10)
print(d.readinto(buf), buf)
print(d.readinto(buf, 3), buf)
rest = d.read()
print(len(rest), rest[-19:], d.read(), src.read())
print(d.readline(), d.read(3))

# close() leaves the source open unless asked; reading after close() is an error.
src = io.BytesIO(GZIP)
d = deflate.DeflateIO(src, deflate.GZIP)
d.close()
d.close()
print(src.read(2))
try:
    d.read(1)
except OSError as e:
    print("OSError", e)
src = io.BytesIO(GZIP)
with deflate.DeflateIO(src, deflate.AUTO, 0, True) as d:
    print(d.read(4))
try:
    src.read()
except ValueError:
    print("source closed")

