# strip/lstrip/rstrip with a set of characters, None, and non-ASCII characters
s = "xxyhello worldyxx"
print(s.strip("xy"), s.lstrip("xy"), s.rstrip("xy"), s.strip("yx"), s.strip("z"))
print(s.strip(None), "  pad  ".strip(None), "  pad  ".lstrip(None), "  pad  ".rstrip(None))
print("www.example.com".strip("cmowz."), "   ".strip(), repr("".strip("a")), "aaa".strip("a"))
print("éaé".strip("é"), "¡¿hola?!".strip("¡¿?!"), "日本日".strip("日"), "\u3000x\u3000".strip())
print("abc".strip(""), "abcba".strip("ab"), "abcba".lstrip("ba"), "abcba".rstrip("cba"))
print(repr("\t\n x \r\x0b\x0c".strip()), repr("\x00x\x00".strip()), "\x00x\x00".strip("\x00"))
for label, f in (("strip", str.strip), ("lstrip", str.lstrip), ("rstrip", str.rstrip)):
    try:
        f("abc", 1)
    except TypeError:
        print("TypeError", label)
lines = ["  item one\n", "\titem two  \n", "item three"]
print([l.strip() for l in lines], [l.rstrip("\n") for l in lines])
