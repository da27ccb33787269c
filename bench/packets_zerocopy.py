# The zero-copy packet pipeline (examples/packet_pipeline.py, trimmed): a 35 KB file is framed
# (header, payload, CRC-16/CCITT) into one pre-allocated buffer with readinto on a memoryview
# slice and struct.pack_into, sent through an in-memory link, read back with readinto into the
# receiver's buffer and checked in place. bench/packets_copy.py does the same with bytes
# slicing and concatenation. After the first transfer nothing allocates: where gc.mem_alloc()
# exists (MicroPython, ferropy) the program checks that and fails if it is not so.
import gc
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
        self.source = io.BytesIO(data)
        self.link = io.BytesIO()
        self.tx = bytearray(FRAME_SIZE)
        self.tx_payload = memoryview(self.tx)[HEADER_SIZE : HEADER_SIZE + PAYLOAD_SIZE]
        self.rx = bytearray(FRAME_SIZE)
        self.packets = 0
        self.errors = 0
        self.crc = 0xFFFF

    def send(self, seq):
        tx = self.tx
        n = self.source.readinto(self.tx_payload)
        if not n:
            return 0
        for i in range(HEADER_SIZE + n, HEADER_SIZE + PAYLOAD_SIZE):
            tx[i] = 0
        struct.pack_into("<BBHH", tx, 0, SYNC, n < PAYLOAD_SIZE, seq, n)
        struct.pack_into(">H", tx, FRAME_SIZE - 2, crc16(tx, 0, FRAME_SIZE - 2, 0xFFFF))
        link = self.link
        link.seek(0)
        link.write(tx)
        return n

    def receive(self, seq):
        link = self.link
        link.seek(0)
        rx = self.rx
        if link.readinto(rx) != FRAME_SIZE:
            self.errors += 1
            return
        length = rx[4] | rx[5] << 8
        good = rx[0] == SYNC and (rx[2] | rx[3] << 8) == seq and length <= PAYLOAD_SIZE
        if not good or crc16(rx, 0, FRAME_SIZE - 2, 0xFFFF) != (rx[FRAME_SIZE - 2] << 8 | rx[-1]):
            self.errors += 1
            return
        self.crc = crc16(rx, HEADER_SIZE, HEADER_SIZE + length, self.crc)
        self.packets += 1

    def transfer(self):
        self.source.seek(0)
        seq = 0
        while self.send(seq):
            self.receive(seq)
            seq = (seq + 1) & 0xFFFF


def run(n):
    p = Pipeline(make_file())
    p.transfer()
    counting = hasattr(gc, "mem_alloc")
    if counting:
        gc.collect()
        before = gc.mem_alloc()
    for _ in range(n - 1):
        p.transfer()
    if counting:
        grown = gc.mem_alloc() - before
        if grown:
            raise SystemExit("zero-copy pipeline allocated %d bytes after warm-up" % grown)
    return p


p = run(N)
print("packets", N, p.packets, p.errors, "%04x" % p.crc)
