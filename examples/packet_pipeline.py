# A zero-copy packet pipeline, the way MicroPython programs drive radio and UART links.
#
# A sender cuts a file into blocks and frames each one into a single pre-allocated buffer:
#
#     sync (1) | flags (1) | sequence (2, LE) | length (2, LE) | payload (242) | CRC-16 (2, BE)
#
# Every frame has the same size (250 bytes, a typical radio packet); `length` says how much of
# the payload is real, and the CRC-16/CCITT (polynomial 0x1021, initial value 0xFFFF) covers
# the header and the whole payload. The payload is read straight into the frame with
# `readinto` on a memoryview slice, and the header is written in place with
# `struct.pack_into`. The frames travel through an in-memory link (a byte pipe standing in for
# the UART); a receiver reads each one into its own pre-allocated buffer, checks it, and passes
# the payload on through a memoryview, without copying it into new objects.
#
# After the first few packets no step allocates anything: the program measures that with
# `gc.mem_alloc()` and reports it.
#
# Run it with `ferropy examples/packet_pipeline.py [file]` or `micropython ...`; without a
# file it sends 35 KB of generated data.
import gc
import io
import struct
import sys
import time

SYNC = 0xA5
FLAG_LAST = 0x01
HEADER = "<BBHH"  # sync, flags, sequence, payload length
HEADER_SIZE = 6
FRAME_SIZE = 250
CRC_SIZE = 2
PAYLOAD_SIZE = FRAME_SIZE - HEADER_SIZE - CRC_SIZE
WARM_UP = 4  # packets before the allocation count starts


def make_crc_table():
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
        table.append(crc & 0xFFFF)
    return table


CRC_TABLE = make_crc_table()


def crc16(buf, end):
    """CRC-16/CCITT of buf[0:end], without slicing."""
    table = CRC_TABLE
    crc = 0xFFFF
    for i in range(end):
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ buf[i]]
    return crc


class Link:
    """An in-memory byte pipe: what is written at one end is read back, in order, at the other.
    It keeps its bytes in one BytesIO, rewound whenever the reader has caught up, so it stops
    growing once the first frame has gone through."""

    def __init__(self):
        self.stream = io.BytesIO()
        self.write_pos = 0
        self.read_pos = 0

    def write(self, buf):
        stream = self.stream
        stream.seek(self.write_pos)
        n = stream.write(buf)
        self.write_pos += n
        return n

    def readinto(self, buf):
        if self.read_pos + len(buf) > self.write_pos:
            return 0
        stream = self.stream
        stream.seek(self.read_pos)
        n = stream.readinto(buf)
        self.read_pos += n
        if self.read_pos == self.write_pos:
            self.read_pos = self.write_pos = 0
        return n


class Sender:
    def __init__(self, source, link):
        self.source = source
        self.link = link
        self.frame = bytearray(FRAME_SIZE)
        self.payload = memoryview(self.frame)[HEADER_SIZE : HEADER_SIZE + PAYLOAD_SIZE]
        self.seq = 0

    def send_block(self):
        """Frames the next block of the source and sends it; returns the block's size (0 at
        the end of the source)."""
        frame = self.frame
        n = self.source.readinto(self.payload)
        if not n:
            return 0
        flags = 0
        if n < PAYLOAD_SIZE:
            flags = FLAG_LAST
            for i in range(HEADER_SIZE + n, HEADER_SIZE + PAYLOAD_SIZE):
                frame[i] = 0
        struct.pack_into(HEADER, frame, 0, SYNC, flags, self.seq, n)
        struct.pack_into(">H", frame, FRAME_SIZE - CRC_SIZE, crc16(frame, FRAME_SIZE - CRC_SIZE))
        self.link.write(frame)
        self.seq = (self.seq + 1) & 0xFFFF
        return n


class Receiver:
    def __init__(self, link, sink):
        self.link = link
        self.sink = sink
        self.frame = bytearray(FRAME_SIZE)
        self.view = memoryview(self.frame)
        self.payload = self.view[HEADER_SIZE : HEADER_SIZE + PAYLOAD_SIZE]
        self.expected = 0
        self.packets = 0
        self.bytes = 0
        self.errors = 0

    def receive(self):
        """Takes the next frame off the link; False if none is waiting."""
        f = self.frame
        if self.link.readinto(f) != FRAME_SIZE:
            return False
        crc = (f[FRAME_SIZE - 2] << 8) | f[FRAME_SIZE - 1]
        seq = f[2] | (f[3] << 8)
        length = f[4] | (f[5] << 8)
        if f[0] != SYNC or seq != self.expected or length > PAYLOAD_SIZE:
            self.errors += 1
        elif crc16(f, FRAME_SIZE - CRC_SIZE) != crc:
            self.errors += 1
        else:
            if length == PAYLOAD_SIZE:
                self.sink.write(self.payload)
            else:
                self.sink.write(self.view[HEADER_SIZE : HEADER_SIZE + length])
            self.packets += 1
            self.bytes += length
        self.expected = (seq + 1) & 0xFFFF
        return True


def generated_file(size):
    """`size` bytes of deterministic test data (a linear congruential generator)."""
    data = bytearray(size)
    x = 12345
    for i in range(size):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = x >> 16 & 0xFF
    return bytes(data)


def now_us():
    if hasattr(time, "ticks_us"):
        return time.ticks_us()
    return time.perf_counter_ns() // 1000


def elapsed_us(start):
    if hasattr(time, "ticks_diff"):
        return time.ticks_diff(time.ticks_us(), start)
    return now_us() - start


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], "rb") as f:
            data = f.read()
        name = sys.argv[1]
    else:
        data = generated_file(35 * 1024)
        name = "35 KB of generated data"

    link = Link()
    # The receiver's output: sized for the whole file up front, so writing it never grows it.
    sink = io.BytesIO()
    sink.write(bytes(len(data)))
    sink.seek(0)
    sender = Sender(io.BytesIO(data), link)
    receiver = Receiver(link, sink)
    has_mem_alloc = hasattr(gc, "mem_alloc")

    # Heap use is measured over the full-size packets after the warm-up (the short last
    # packet takes one memoryview slice), with just two calls to gc.mem_alloc(): on
    # MicroPython it scans the heap, which would distort the timing.
    full_blocks = len(data) // PAYLOAD_SIZE
    blocks = 0
    measured = 0
    allocated = 0
    gc.collect()
    start = now_us()
    while True:
        n = sender.send_block()
        if not n:
            break
        receiver.receive()
        blocks += 1
        if has_mem_alloc and blocks == WARM_UP:
            before = gc.mem_alloc()
        elif has_mem_alloc and blocks == full_blocks and blocks > WARM_UP:
            allocated = gc.mem_alloc() - before
            measured = blocks - WARM_UP
    us = max(elapsed_us(start), 1)

    ok = sink.getvalue() == data
    print("sent", name + ":", len(data), "bytes in", blocks, "blocks of", PAYLOAD_SIZE, "bytes")
    print("frame", FRAME_SIZE, "bytes: header", HEADER_SIZE, "payload", PAYLOAD_SIZE, "CRC", CRC_SIZE)
    print("received", receiver.packets, "packets,", receiver.bytes, "bytes,", receiver.errors, "errors")
    print("data intact:", ok)
    print("time: %d.%03d ms" % (us // 1000, us % 1000))
    print("blocks per second:", blocks * 1000000 // us)
    print("bytes per second:", receiver.bytes * 1000000 // us)
    print("packets per second:", receiver.packets * 1000000 // us)
    if measured:
        print("heap allocated by", measured, "packets after warm-up:", allocated, "bytes")


main()
