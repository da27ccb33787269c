# binascii: hex, base64 and crc32.
import binascii

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))):
    enc = binascii.b2a_base64(data)
    print(enc[:40], binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False)[-3:])
    print(binascii.hexlify(data)[:20], binascii.unhexlify(binascii.hexlify(data)) == data,
        binascii.crc32(data))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.hexlify(b"\x01\x02\x03", b":"),
    binascii.hexlify(bytearray(b"z")))
print(binascii.unhexlify("7f80ff"), binascii.unhexlify(b"ABcd"), binascii.a2b_base64("Zm9v"))
print(binascii.a2b_base64(b"Zm9v\nYmFy\n"), binascii.a2b_base64(b"Zm8="),
    binascii.a2b_base64(b"Zg=="))
print(binascii.crc32(b"hello", binascii.crc32(b"abc")), binascii.crc32(b"abchello"),
    binascii.crc32(memoryview(b"123456789")))
for bad in (b"0", b"gg", b"abc"):
    try:
        binascii.unhexlify(bad)
    except ValueError:
        print("ValueError", bad)
for bad in (b"Zg", b"Zm9vY", b"Zg="):
    try:
        binascii.a2b_base64(bad)
    except ValueError:
        print("ValueError", bad)
