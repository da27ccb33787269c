# exp: hand-written (MicroPython's stream extensions and error types differ from CPython's)
import io

# write(buf, n) and write(buf, offset, n)
b = io.BytesIO()
print(b.write(b"abcdef", 2), b.write(b"abcdef", 1, 3), b.write(b"xy", 5, 1))
print(b.getvalue())

# readinto(buf, n)
buf = bytearray(6)
print(io.BytesIO(b"123456").readinto(buf, 4), buf)

# an int preallocates; str and bytes are accepted by both kinds
print(io.BytesIO(16).getvalue(), io.StringIO(8).getvalue() == "")
w = io.BytesIO()
print(w.write("text"), w.getvalue())
s = io.StringIO()
print(s.write(b"raw"), s.getvalue())

# a negative absolute seek is OSError(EINVAL)
try:
    io.BytesIO(b"abc").seek(-1)
except OSError as e:
    print("OSError", e.errno)

# positions count bytes; read(n) counts characters
t = io.StringIO("h\xe9llo")
print(t.read(2), t.tell(), t.read())

# closed streams
c = io.StringIO("x")
c.close()
c.close()
try:
    c.read()
except ValueError as e:
    print(e)

print(repr(io.StringIO())[:13], repr(io.BytesIO())[:12])
print(sorted(k for k in dir(io) if not k.startswith("_")))
