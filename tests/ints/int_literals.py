# integer literal forms
print(0, 00, 0_0, 123, 1_000, 1_2_3, 0x_ff, 0XFF, 0o_17, 0O17, 0b_101, 0B101)
print(0xDEAD_BEEF, 0o7_7_7, 0b1111_0000, 1_000_000_000_000_000_000_000)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1 * 3)
print(-0x10, +0o10, -0b10, --5, -+-5)
print(type(0x10).__name__, 0x10 == 16 == 0o20 == 0b10000)
print(9999999999999999999999999999 + 1)
big = 0x1_0000_0000_0000_0000
print(big, big == 2 ** 64, 0b1_0000_0000 == 256)
print(0o1_000 == 512, 10_000 * 10_000)
