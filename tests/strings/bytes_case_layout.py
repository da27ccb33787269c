# bytes/bytearray case methods, predicates and padding (ASCII only)
for B in (bytes, bytearray):
    for w in [b"hello World", b"HELLO", b"3rd place", b"\xe9t\xe9", b"", b"a1 B2", b"they're"]:
        w = B(w)
        print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
        print(w.isalpha(), w.isalnum(), w.isdigit(), w.islower(), w.isupper(), w.istitle(),
              w.isspace(), w.isascii())
    print(B(b"ab").center(7, b"*"), B(b"ab").ljust(5), B(b"ab").rjust(5, b"0"), B(b"-7").zfill(4))
    print(B(b"a\tb\nc\td").expandtabs(4), B(b"a\tb").expandtabs(), B(b" \t\n\x0b\x0c\r").isspace())
    print(type(B(b"x").upper()).__name__, type(B(b"x").center(3)).__name__, B(b"x").center(1))
    for bad in [lambda: B(b"x").center(5, "*"), lambda: B(b"x").ljust(5, b"ab"), lambda: B(b"x").zfill("3")]:
        try:
            bad()
        except TypeError:
            print("TypeError")
