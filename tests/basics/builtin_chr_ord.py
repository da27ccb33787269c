# chr() and ord()
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(97), chr(65), chr(48), repr(chr(0)), repr(chr(127)))
print([ord(c) for c in "Hello"])
print("".join(chr(c) for c in range(ord("a"), ord("f"))))
print(ord(b"a"), ord(bytes([200])))
print(ord("\u00e9"), ord("\u20ac"), len(chr(0x1F600)), ord(chr(0x10FFFF)))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError", len(bad))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError:
        print("ValueError")
try:
    chr("a")
except TypeError:
    print("TypeError chr")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) for c in "xyzabc")
print(caesar)
