# The buffer protocol: every bytes-like object (bytes, bytearray, memoryview, array) is
# accepted wherever bytes are read.
from array import array

sources = [b"ab", bytearray(b"ab"), memoryview(b"xaby")[1:3], array("B", [97, 98])]
for s in sources:
    print(type(s).__name__, bytes(s), bytearray(s), len(bytes(s)))

print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c"), array("b", [100])]))
print(bytearray(b",").join([memoryview(b"x"), array("B", [121])]))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), int.from_bytes(array("B", [1, 2]), "little"))
print(int.from_bytes(bytearray(b"\xff\xff"), "big", signed=True))

ba = bytearray(b"12")
ba.extend(memoryview(b"34"))
ba.extend(array("b", [53]))
ba += memoryview(b"6")
ba[0:1] = array("B", [48, 48])
print(ba)
print(b"12" + memoryview(b"3"), bytearray(b"x") + array("B", [121]))
print(b"abc".find(memoryview(b"c")), memoryview(b"bc") in [b"bc"], b"b" in bytearray(b"abc"))
print(b"abc".startswith(memoryview(b"ab")), b"a,b".split(memoryview(b",")))
print(bytes(array("h", [1, -1])), memoryview(array("i", [7])).tobytes())
print(str(memoryview(b"caf\xc3\xa9"), "utf-8"), bytearray(memoryview(b"z")))

# a buffer is read at the time of use: changes through one name show through the others
store = bytearray(4)
window = memoryview(store)[1:3]
window[:] = b"hi"
print(store, bytes(window))
store[1:3] = b"HI"
print(bytes(window))

# str is not bytes-like
for f in (lambda: b"a" + "b", lambda: bytearray(b"a").extend("b"), lambda: b"".join(["a"])):
    try:
        f()
    except TypeError:
        print("TypeError")
