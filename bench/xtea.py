# Byte-buffer crypto: the XTEA block cipher in CBC mode over a bytearray, then
# decryption back to the plaintext, and an FNV-1a hash of the ciphertext.
# Blocks are unpacked with int.from_bytes/to_bytes and with manual shifts
# (struct is not available everywhere). All arithmetic is masked to 32 bits.
import sys

DEFAULT_N = 24
TINY_N = 1
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

BUFFER = 2048
DELTA = 0x9E3779B9
MASK = 0xFFFFFFFF
ROUNDS = 32


def encrypt_block(v0, v1, key):
    total = 0
    for _ in range(ROUNDS):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (total + key[total & 3]))) & MASK
        total = (total + DELTA) & MASK
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (total + key[(total >> 11) & 3]))) & MASK
    return v0, v1


def decrypt_block(v0, v1, key):
    total = (DELTA * ROUNDS) & MASK
    for _ in range(ROUNDS):
        v1 = (v1 - ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (total + key[(total >> 11) & 3]))) & MASK
        total = (total - DELTA) & MASK
        v0 = (v0 - ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (total + key[total & 3]))) & MASK
    return v0, v1


def load32(buf, i):
    return (buf[i] << 24) | (buf[i + 1] << 16) | (buf[i + 2] << 8) | buf[i + 3]


def store32(buf, i, v):
    buf[i] = v >> 24
    buf[i + 1] = (v >> 16) & 0xFF
    buf[i + 2] = (v >> 8) & 0xFF
    buf[i + 3] = v & 0xFF


def cbc_encrypt(buf, key, iv):
    p0, p1 = iv
    for i in range(0, len(buf), 8):
        v0 = int.from_bytes(buf[i:i + 4], "big") ^ p0
        v1 = int.from_bytes(buf[i + 4:i + 8], "big") ^ p1
        p0, p1 = encrypt_block(v0, v1, key)
        buf[i:i + 4] = p0.to_bytes(4, "big")
        buf[i + 4:i + 8] = p1.to_bytes(4, "big")


def cbc_decrypt(buf, key, iv):
    p0, p1 = iv
    for i in range(0, len(buf), 8):
        c0 = load32(buf, i)
        c1 = load32(buf, i + 4)
        v0, v1 = decrypt_block(c0, c1, key)
        store32(buf, i, v0 ^ p0)
        store32(buf, i + 4, v1 ^ p1)
        p0, p1 = c0, c1


def fnv1a(data):
    h = 0x811C9DC5
    for byte in data:
        h = ((h ^ byte) * 0x01000193) & MASK
    return h


def run(rounds):
    plain = bytearray(BUFFER)
    for i in range(BUFFER):
        plain[i] = (i * 7 + (i >> 3)) & 0xFF
    original = bytes(plain)
    digest = 0
    for r in range(rounds):
        key = [(0x01234567 * (r + 1)) & MASK, 0x89ABCDEF ^ r, 0xFEDCBA98, (0x76543210 + r) & MASK]
        iv = ((r * 2654435761) & MASK, 0x0BADF00D)
        cbc_encrypt(plain, key, iv)
        digest = (digest * 31 + fnv1a(plain)) & MASK
        cbc_decrypt(plain, key, iv)
        if bytes(plain) != original:
            return digest, False
        plain[r % BUFFER] ^= 0x5A
        original = bytes(plain)
    return digest, True


digest, ok = run(N)
print("xtea", N, "%08x" % digest, ok)
