# hex() with separators and fromhex() for bytes and bytearray
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(":"), data.hex(b"-", 2), data.hex(" ", -2), data.hex("_", 3), data.hex(".", 10))
print(b"".hex(), b"".hex(":"), bytearray(b"\x00\xff").hex(), b"\x01\x02\x03".hex(sep="|", bytes_per_sep=2))
print(bytes.fromhex("deadbeef"), bytes.fromhex(" de ad\tbe\nef "), bytes.fromhex(""), bytes.fromhex("0A0b"))
print(bytearray.fromhex("00 ff"), type(bytearray.fromhex("01")).__name__, bytes.fromhex(data.hex()) == data)
for bad in ["0", "0g", "0 0", "xyz", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError:
        print(repr(bad), "ValueError")
for bad in [lambda: bytes.fromhex(b"00"), lambda: b"x".hex(1), lambda: b"x".hex("ab"), lambda: b"x".hex("\xe9")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
