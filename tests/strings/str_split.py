# split and rsplit
s = "a,b,,c,"
print(s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
print("  many   spaces here ".split(), "  many   spaces here ".split(" "))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "abcabc".split("b"))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a  b".split(maxsplit=1))
print("one\ttwo\nthree\r\nfour".split(), "x--y--z".split("--"), "--".split("--"))
print("a.b.c".rsplit(".", -1), "a.b.c".split(".", -1), "a.b.c".rsplit(".", 5))
try:
    "abc".split("")
except ValueError:
    print("ValueError")
print("1 2 3".split(" ", maxsplit=1), "k=v=w".partition("="))
