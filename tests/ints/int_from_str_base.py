# int() parsing with bases
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Zz", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0))
print(int("  42\n"), int("+7"), int("-0"), int("0"), int("000123"), int("1_000_000"))
print(int("10", 0), int("-0x10", 0), int("12", 3), int("-zz", 36))
print(int("123456789012345678901234567890"), int("-" + "9" * 40))
print(int("1" * 64, 2), int("f" * 32, 16))
bad = [("12", 2), ("0x", 16), ("", 10), ("1 2", 10), ("08", 0), ("_1", 10), ("1__0", 10),
       ("9", 8), ("0b2", 0), ("abc", 10), ("--1", 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError:
        print("ValueError", repr(s), base)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError:
        print("ValueError base", base)
try:
    int(12, 10)
except TypeError:
    print("TypeError")
print(int(b"42"), int(bytearray(b"-7")))
