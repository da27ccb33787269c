# escape sequences producing non-ASCII characters, and their repr
s = "\u00e9\u20ac\U0001F600\x41\101"
print(s, len(s), [hex(ord(c)) for c in s])
print(repr("\u00e9"), repr("\u200b"), repr("\x85"), repr("\xa0"), repr("\u2028"))
print(repr("é€日"), repr("\U0001F600"), repr("tab\there"), repr("\x00\x1f\x7f"))
print(str("\u00e9") == "é", "\u00e9" == "\xe9")
print(chr(0x263A), chr(0x1F40D), ord("😀"), "\ud7ff" < "\ue000")
smile = "\U0001F600"
print(len(smile), smile.encode("utf-8"), smile * 2, (smile + "x")[1])
print("\u00e9" + "\u0301", len("\u00e9" + "\u0301"))
