# comparison, concatenation, containment for bytes and bytearray
a = b"abc"
b = bytearray(b"abc")
print(a == b, b == a, a is not b, a + b, b + a, type(a + b).__name__, type(b + a).__name__)
print(a < b"abd", a <= b, a > b"ab", b"" < b"\x00", b"\xff" > b"\x00\xff")
print(sorted([b"b", b"a", b"ab", b"", b"B"]), max([b"x", b"xy"]), min(b"zyx"))
print(b"b" in a, 98 in a, b"" in a, b"ac" in a, b"bc" in b)
try:
    256 in a
except ValueError:
    print("ValueError")
try:
    "a" in a
except TypeError:
    print("TypeError")
print(a * 2 + b * 0, (a + b"d")[::-1], a.join([b"1", b"2"]))
d = {b"key": 1}
print(d[b"key"], b"key" in d, "key" in d)
