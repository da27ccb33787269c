# splitlines recognises every line boundary str knows; keepends keeps them
breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in breaks:
    s = "one" + b + "two" + b
    print(repr(b), s.splitlines(), s.splitlines(True), len(s.splitlines(keepends=True)))
print("a\n\nb\n".splitlines(), "\n\n".splitlines(), "".splitlines(), "no break".splitlines())
print("a\r\r\nb".splitlines(True), "a\n\rb".splitlines(), "x\x1fy".splitlines(), "x\ty".splitlines())
print("trailing\r".splitlines(True), "\r\n".splitlines(), "\r\n".splitlines(True))
print([len(l) for l in "ab\ncde\r\nf".splitlines(keepends=True)], "a\nb".splitlines(0))
text = "first line\nsecond line\r\nthird\u2028fourth"
for i, line in enumerate(text.splitlines()):
    print(i, line.upper())
try:
    "a".splitlines(x=1)
except TypeError:
    print("TypeError")
