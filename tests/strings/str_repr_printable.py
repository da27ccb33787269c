# repr escapes exactly the characters str.isprintable rejects
chars = ["\x00", "\x07", "\x1b", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "\xe9", "\u0378",
         "\u061c", "\u1680", "\u2000", "\u200b", "\u200e", "\u2028", "\u2029", "\u202f",
         "\u2060", "\u3000", "\ud7a4", "\ue000", "\uf8ff", "\ufeff", "\ufffd", "\uffff",
         "\U0001f600", "\U0001f3f4", "\U000e0001", "\U000f0000", "\U0010ffff", "\u0301", "\u0e01"]
for c in chars:
    print(repr(c), c.isprintable(), len(repr(c)))
print(repr("tab\there"), repr("bell\a"), repr("mixed é\x00ü"), repr("quote's"), repr('dq"'))
print(repr("both'\""), repr("\\"), repr("\r\n"), "{!a}".format("é€😀"), "".isprintable(), "a\nb".isprintable())
print(str(["\xa0", "\u3000x"]), repr(("\x85",)), repr({"\u2028": 1}))
