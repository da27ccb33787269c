# exp: hand-written (CPython has no websocket module; output checked against MicroPython 1.29)
import io
import websocket


def frames(raw, *sizes):
    ws = websocket.websocket(io.BytesIO(raw))
    return [ws.read(n) for n in sizes]


# A text frame, a masked binary frame, and a message split in three fragments.
print(frames(b"\x81\x05hello", 5, 1))
mask = b"\x01\x02\x03\x04"
payload = bytes(b ^ mask[i % 4] for i, b in enumerate(b"secret!"))
print(frames(b"\x82\x87" + mask + payload, 3, 10))
print(frames(b"\x01\x03abc\x00\x02de\x80\x01f", 6, 1))

# A 16-bit length, a ping skipped between data frames, and readline/readinto.
ws = websocket.websocket(io.BytesIO(b"\x81\x7e\x00\xc8" + b"line\n" * 40 + b"\x89\x00\x81\x03xyz"))
print(ws.readline(), ws.readline(3))
buf = bytearray(8)
print(ws.readinto(buf), buf)
rest = ws.read()
print(len(rest), rest[-8:])

# Writes: short and 16-bit lengths, the frame type set with ioctl, too-long payloads.
out = io.BytesIO()
ws = websocket.websocket(out)
print(ws.write(b"hi"), ws.write("x" * 130), ws.ioctl(9, 2), ws.write(b"\x00\xff"))
data = out.getvalue()
print(data[:4], data[4:8], len(data), data[-4:])
try:
    ws.write(bytes(70000))
except OSError as e:
    print("OSError", e.errno)
print(ws.ioctl(8))
try:
    ws.ioctl(3)
except OSError as e:
    print("OSError", e.errno)

# A close frame is answered and ends the stream; 64-bit lengths close it with EIO.
s = io.BytesIO(b"\x88\x00\x81\x02no")
ws = websocket.websocket(s)
print(ws.read(4), s.getvalue())
s = io.BytesIO(b"\x82\x7f" + bytes(8))
ws = websocket.websocket(s)
try:
    ws.read(1)
except OSError as e:
    print("OSError", e.errno)
try:
    s.read()
except ValueError:
    print("closed")
ws = websocket.websocket(io.BytesIO(b"\x81"))
print(ws.read(1), ws.read(1))
