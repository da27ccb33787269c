# split()/strip() without arguments: every character str.isspace() accepts
ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
print(len(ws), all(c.isspace() for c in ws), "\u200b".isspace(), "\ufeff".isspace())
s = ws + "a" + ws + "b c" + ws
print(s.split(), s.rsplit(), s.split(None, 1)[0], len(s.split(None, 1)[1]))
print(s.rsplit(None, 1)[1], len(s.rsplit(None, 1)[0]), repr(s.strip()), len(s.lstrip()), len(s.rstrip()))
print("a\u3000b\xa0c".split(), "x\x1cy".split(), "x\x1cy".strip("x"), "\x1fz\x1f".strip())
print("  a  b  ".split(None, 0), "  a  b  ".rsplit(None, 0), "   ".split(None, 0))
print("a  b".split(" "), "\ta\t".split("\t"), " a ".strip(" "), "\u3000a".lstrip())
print(" x ".isspace(), "".isspace(), "\x1e".isspace(), "\x85x".split())
