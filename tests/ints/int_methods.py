# int methods and attributes
for n in [0, 1, -1, 255, 256, -256, 2 ** 100, -(2 ** 100)]:
    print(n, n.bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator, (-7).conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(4, "big"))
print((2 ** 64 - 1).to_bytes(8, "big"), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff" * 9, "big"), int.from_bytes(b"", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
try:
    (-1).to_bytes(1, "big")
except OverflowError:
    print("OverflowError unsigned")
print(int.from_bytes(bytes(range(1, 17)), "little"))
