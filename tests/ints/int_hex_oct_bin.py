# formatting integers in other bases
for n in [0, 5, -5, 255, 256, -4096, 2 ** 65, -(2 ** 65) - 1]:
    print(hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"))
print(format(255, "#x"), format(255, "#X"), format(255, "#o"), format(255, "#b"))
print(format(-255, "x"), format(-255, "#x"), format(5, "08b"), format(-5, "08b"))
print("%x %X %o" % (3054, 3054, 8), "%#x %#o" % (15, 8))
print(f"{2**70:x}", f"{0xabcdef:x}", f"{0xabcdef:_x}", f"{-0xabc:X}")
print(f"{10:#010b}", f"{-10:#010b}", f"{48879:#06X}")
print(int(hex(2 ** 70), 16) == 2 ** 70, int(oct(-99), 8), int(bin(-5), 2))
