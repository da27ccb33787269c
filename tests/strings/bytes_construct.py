# constructing bytes objects
print(bytes(), bytes(0), bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)))
print(bytes("abc", "utf-8"), bytes("\xe9", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes((x for x in (104, 105))), bytes(map(ord, "xyz")), b"".join([b"a"] * 3))
for bad in ([256], [-1], ["a"], 1.5):
    try:
        bytes(bad)
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    bytes("abc")
except TypeError:
    print("TypeError no encoding")
try:
    bytes(-1)
except ValueError:
    print("ValueError negative")
print(len(bytes(1000)), bytes(1000).count(0), bytes(3) == b"\x00\x00\x00")
print(bytes.fromhex(""), bytes.fromhex("de ad be ef"), list(bytes.fromhex("00ff")))
