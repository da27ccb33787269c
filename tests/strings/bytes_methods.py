# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower())
print(b.split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b".rsplit(b",", 1))
print(b"-".join([b"a", b"b"]), b"".join([b"x", bytearray(b"y")]), b"abc".replace(b"b", b"BB"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(b"zz"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"a=b".partition(b"="))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".isupper(), b"ab".islower())
print(b"hello".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"\x01\xab".hex(), bytes.fromhex("01ab ff"), b"Hello".swapcase())
print(b"a\nb\r\nc".splitlines(), b"abc".find(98), b"abc".count(b""))
try:
    b"abc".split(b"")
except ValueError:
    print("ValueError")
try:
    b"-".join(["a"])
except TypeError:
    print("TypeError")
