# encode/decode with utf-8, ascii and latin-1 and the errors handlers
s = "héllo €😀"
for enc in ["utf-8", "UTF8", "utf_8", "ascii", "latin-1", "iso-8859-1", "Latin1"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeError as e:
            print(enc, err, type(e).__name__)
print(s.encode(), s.encode(encoding="ascii", errors="ignore"), "".encode("ascii"))
data = [b"h\xc3\xa9", b"\xff", b"a\xe2\x82", b"a\xe2\x82b", b"\xc3", b"\xed\xa0\x80", b"ok\x80"]
for b in data:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)), repr(b.decode("ascii", err)))
        except UnicodeError as e:
            print(b, err, type(e).__name__)
    print(repr(b.decode("latin-1")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"x\xff", "ascii", "replace"))
print(bytes("é", "latin-1"), bytearray("é€", "utf-8"), bytes("x", encoding="ascii"))
for bad in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("nope"),
            lambda: "é".encode("ascii", "no-such-handler")]:
    try:
        bad()
    except LookupError as e:
        print(type(e).__name__)
for bad in [lambda: "x".encode(1), lambda: str(b"x", 1), lambda: bytes("x"), lambda: str("x", "ascii")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
