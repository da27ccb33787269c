# strip, lstrip, rstrip with and without characters
for s in ["  padded  ", "\t\n tabs \r\n", "", "   ", "noblank", "xxhixx"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")))
print(repr("www.example.com".strip("cmowz.")), repr("aaa".strip("a")), repr("abc".strip("")))
print(repr("  a b  ".strip(None)), repr("--x--".rstrip("-")), repr("--x--".lstrip("-")))
print(repr("\x0b\x0cvt ff\x1c".strip()))
print(repr("  x  ".strip(" x")), repr("abcxyzcba".strip("abc")), repr("\n\n".rstrip("\n")))
print(repr("xy".lstrip("yx")), repr("  mid  dle  ".strip()))
print(repr("0012300".strip("0")), repr("0012300".lstrip("0")), repr("0012300".rstrip("0")))
