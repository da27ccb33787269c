# io.BytesIO: bytes in and out, readinto, seeking past the end, copies of the initial value
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(2), b.readline(), b.read())
print(b.seek(0), b.readlines())
b.seek(3)
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.readinto(bytearray(100)), b.tell())

w = io.BytesIO()
print(w.write(b"ab"), w.write(bytearray(b"cd")))
print(w.getvalue(), w.tell())
print(w.seek(6), w.write(b"Z"))
print(w.getvalue())
print(w.seek(-2, 2), w.read())
print(w.seek(-100, 1), w.tell())

src = b"shared"
x = io.BytesIO(src)
x.write(b"S")
print(src, x.getvalue())
arr = bytearray(b"mutable")
y = io.BytesIO(arr)
y.write(b"M")
arr[1] = 85
print(arr, y.getvalue())

print(list(io.BytesIO(b"a\nb\n\nc")))
print(io.BytesIO(b"abc").read(0), io.BytesIO(b"").read())
print(io.BytesIO(initial_bytes=b"kw").getvalue())

with io.BytesIO(b"x") as z:
    pass
try:
    z.read()
except ValueError:
    print("ValueError")
try:
    io.BytesIO().write(5)
except TypeError:
    print("TypeError")
