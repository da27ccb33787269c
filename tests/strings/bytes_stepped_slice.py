# stepped slices of bytes and bytearray
b = bytes(range(10))
print(b[::2], b[1::3], b[::-1], b[8:2:-2], b[-1:-11:-3], b[5:5:-1])
ba = bytearray(b"abcdefghij")
print(ba[::2], ba[::-1], ba[7:1:-3], type(ba[::2]).__name__)
print(list(b[::4]), b"racecar"[::-1] == b"racecar")
ba[::2] = b"ACEGI"
print(ba)
del ba[::3]
print(ba)
try:
    ba[::2] = b"xy"
except ValueError:
    print("ValueError")
try:
    b[::0]
except ValueError:
    print("ValueError step")
