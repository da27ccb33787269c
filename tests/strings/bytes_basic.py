# bytes literals, indexing, slicing and repr
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[5], type(b[0]).__name__)
print(b[1:4], b[:0], b[-2:], b[::2], b[::-1], b[10:])
print(b"" == bytes(), b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat")
print(repr(b"\t\n\r\\"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x7f\x80"))
print(list(b"AZ"), bytes(3), bytes([65, 66]), b"ab" + b"cd", b"x" * 3)
print(b"abc".decode(), str(b"abc"), b"abc"[1:])
for i in (7, -8):
    try:
        b[i]
    except IndexError:
        print("IndexError", i)
try:
    b[0] = 1
except TypeError:
    print("TypeError")
try:
    b"abc" + "def"
except TypeError:
    print("TypeError concat")
print(b"abc" == "abc", b"\x41" == b"A", rb"\x41", len(rb"\n"))
