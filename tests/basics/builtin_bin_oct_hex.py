# bin(), oct(), hex()
for n in [0, 1, -1, 7, 8, 255, -256, 2 ** 64, -(2 ** 70) + 1]:
    print(n, bin(n), oct(n), hex(n))
print(hex(0xDEADBEEF), oct(0o777), bin(0b1011))
print(int(bin(12345), 2), int(hex(-999), 16), int(oct(64), 8))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
print(hex(True), bin(False))
