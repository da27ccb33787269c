# exp: hand-written (gc.mem_alloc is MicroPython's; CPython has no heap counter)
# A framing loop built from pre-allocated buffers, memoryview slices made once, readinto and
# struct.pack_into allocates nothing per packet once warmed up; the same loop with bytes
# slicing makes new objects for every packet (kept here, so the count sees them whether or
# not a collection ran in between).
import gc
import io
import struct

PAYLOAD = 32
FRAME = 4 + PAYLOAD + 2
source = io.BytesIO(bytes(range(256)) * 8)
link = io.BytesIO(bytes(FRAME))
frame = bytearray(FRAME)
payload = memoryview(frame)[4 : 4 + PAYLOAD]
rx = bytearray(FRAME)
rx_payload = memoryview(rx)[4 : 4 + PAYLOAD]
sink = io.BytesIO(bytes(PAYLOAD))
totals = [0, 0]
kept = [None] * 40


def checksum(buf, end):
    s = 0
    for i in range(end):
        s = (s + buf[i]) & 0xFFFF
    return s


def zero_copy(seq):
    n = source.readinto(payload)
    struct.pack_into("<HH", frame, 0, seq, n)
    struct.pack_into(">H", frame, FRAME - 2, checksum(frame, FRAME - 2))
    link.seek(0)
    link.write(frame)
    link.seek(0)
    link.readinto(rx)
    ok = checksum(rx, FRAME - 2) == (rx[FRAME - 2] << 8 | rx[FRAME - 1])
    sink.seek(0)
    sink.write(rx_payload)
    totals[0] += rx[2] | rx[3] << 8
    totals[1] += ok


def copying(seq):
    data = source.read(PAYLOAD)
    body = struct.pack("<HH", seq, len(data)) + data
    packet = body + struct.pack(">H", checksum(body, len(body)))
    kept[seq] = packet[4 : 4 + PAYLOAD]


def allocated(step, packets):
    source.seek(0)
    for seq in range(4):
        step(seq)
    gc.collect()
    before = gc.mem_alloc()
    for seq in range(packets):
        step(seq)
    return gc.mem_alloc() - before


print("zero-copy bytes per 40 packets:", allocated(zero_copy, 40))
print("copying allocates:", allocated(copying, 40) > 40 * PAYLOAD)
print(totals[1], sink.getvalue() == bytes(range(96, 128)))

# memoryview slices share memory: a slice of a slice writes through to the original
base = bytearray(8)
inner = memoryview(base)[2:7][1:3]
inner[0] = 0xAA
io.BytesIO(b"\x01").readinto(inner[1:])
print(base)
