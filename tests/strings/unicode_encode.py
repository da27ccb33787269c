# encoding and decoding UTF-8
samples = ["ascii", "é", "€", "𝄞", "日本", "", "a\u0000b"]
for s in samples:
    b = s.encode("utf-8")
    print(repr(s), b, len(s), len(b), b.decode("utf-8") == s)
print(bytes("ü", "utf-8"), str(b"\xc3\xbc", "utf-8"), b"\xe2\x82\xac".decode())
print(list("€".encode()), bytes([0xf0, 0x9d, 0x84, 0x9e]).decode())
for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"\x80abc"]:
    try:
        bad.decode("utf-8")
    except UnicodeError as e:
        print("UnicodeError", bad, isinstance(e, ValueError))
print("abc".encode(), "abc".encode("ascii"), b"abc".decode("ascii"))
