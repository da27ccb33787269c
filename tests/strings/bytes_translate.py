# bytes.maketrans and translate with a table, None, and delete
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc-d".translate(t), bytearray(b"cab").translate(t))
print(b"hello world".translate(None, b"lo"), b"abc".translate(t, b"a"), b"abc".translate(None, delete=b"c"))
print(bytearray.maketrans(b"", b"") == bytes(range(256)), type(bytearray(b"q").translate(None)).__name__)
upper = bytes.maketrans(bytes(range(97, 123)), bytes(range(65, 91)))
print(b"mixed Case 123".translate(upper))
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"),
            lambda: b"x".translate("x" * 256), lambda: bytes.maketrans("a", "b")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
