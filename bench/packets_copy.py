# The packet pipeline of bench/packets_zerocopy.py written the copying way: each block is a
# new bytes slice of the file, each frame a concatenation of bytes objects, and the receiver
# slices the header, payload and CRC out of every frame it reads. Same frames, same results.
import io
import struct
import sys

DEFAULT_N = 40
TINY_N = 2
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

SYNC = 0xA5
HEADER_SIZE = 6
FRAME_SIZE = 250
PAYLOAD_SIZE = FRAME_SIZE - HEADER_SIZE - 2
FILE_SIZE = 35 * 1024


def make_crc_table():
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
        table.append(crc & 0xFFFF)
    return table


CRC_TABLE = make_crc_table()


def crc16(buf, start, end, crc):
    table = CRC_TABLE
    for i in range(start, end):
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ buf[i]]
    return crc


def make_file():
    data = bytearray(FILE_SIZE)
    x = 12345
    for i in range(FILE_SIZE):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = x >> 16 & 0xFF
    return bytes(data)


class Pipeline:
    def __init__(self, data):
        self.data = data
        self.link = io.BytesIO()
        self.packets = 0
        self.errors = 0
        self.crc = 0xFFFF

    def send(self, pos, seq):
        block = self.data[pos : pos + PAYLOAD_SIZE]
        n = len(block)
        if not n:
            return 0
        header = struct.pack("<BBHH", SYNC, n < PAYLOAD_SIZE, seq, n)
        body = header + block + bytes(PAYLOAD_SIZE - n)
        frame = body + struct.pack(">H", crc16(body, 0, len(body), 0xFFFF))
        link = self.link
        link.seek(0)
        link.write(frame)
        return n

    def receive(self, seq):
        link = self.link
        link.seek(0)
        frame = link.read(FRAME_SIZE)
        if len(frame) != FRAME_SIZE:
            self.errors += 1
            return
        sync, _, got_seq, length = struct.unpack("<BBHH", frame[:HEADER_SIZE])
        (crc,) = struct.unpack(">H", frame[-2:])
        good = sync == SYNC and got_seq == seq and length <= PAYLOAD_SIZE
        if not good or crc16(frame[:-2], 0, FRAME_SIZE - 2, 0xFFFF) != crc:
            self.errors += 1
            return
        payload = frame[HEADER_SIZE : HEADER_SIZE + length]
        self.crc = crc16(payload, 0, length, self.crc)
        self.packets += 1

    def transfer(self):
        pos = 0
        seq = 0
        while True:
            n = self.send(pos, seq)
            if not n:
                return
            self.receive(seq)
            pos += n
            seq = (seq + 1) & 0xFFFF


p = Pipeline(make_file())
for _ in range(N):
    p.transfer()
print("packets", N, p.packets, p.errors, "%04x" % p.crc)
