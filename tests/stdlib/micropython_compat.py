# exp: hand-written (MicroPython behaviour that CPython lacks; checked with MicroPython 1.29)
import struct, array, errno

print(str(OSError(errno.ENOENT)), str(OSError(errno.EIO, "details")), str(OSError(9999)))
print(struct.pack("<2I", 1), struct.unpack("<H", b"123"))
print(array.array("b", [200, -129]), array.array("B", [-1, 256]), array.array("h", [70000]))
m = memoryview("abc")
print(m, len(m), m[0], bytes(m[1:]))
print(array.array("b", [1]) + b"\x02", array.array("B", b"\x01\x02\x03"))
import ustruct, uarray, ubinascii, urandom, uerrno, uheapq
print(ustruct.calcsize("<i"), uarray.array("b", [3]), ubinascii.hexlify(b"z"), uerrno.EIO)
a = array.array("i", [1, 2])
a += [3, 4]
print(a, struct.unpack("2s", "ab"))
