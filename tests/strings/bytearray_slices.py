# bytearray slice assignment and deletion, including stepped slices
b = bytearray(range(10))
b[2:5] = b"XY"
print(list(b))
b[:0] = b"\x01\x02"
b[len(b):] = [200, 201]
print(list(b))
b[1:3] = b""
del b[0]
print(list(b))
b[::2] = bytes(len(b[::2]))
print(list(b))
del b[::3]
print(list(b))
b[::-1] = bytearray(range(len(b)))
print(list(b))
b[1:2] = range(5, 8)
print(list(b))
c = bytearray(b"abcdef")
c[:] = c
c[2:4] = c
print(c)
del c[-2:]
del c[100:]
del c[::-1]
print(c, len(c))
d = bytearray(b"0123456789")
def store(index, value):
    d[index] = value
def delete(index):
    del d[index]
for bad in [lambda: store(slice(0, 6, 2), b"ab"), lambda: store(slice(0, 2), 5),
            lambda: store(slice(0, 2), "ab"), lambda: store(slice(0, 2), [1, 256]),
            lambda: store(20, 1), lambda: delete(20)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
print(d, d[8:2:-2], d[-3:], d[::4])
