# splitlines with various line endings
s = "line1\nline2\r\nline3\rline4\n\nline6"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "end\n".splitlines())
print("a\n\nb\n".splitlines(), "a\n\nb\n".split("\n"))
print("x\x0by\x0cz\x1cw".splitlines())
print("trail\r\n".splitlines(keepends=True))
text = "first\nsecond\n\nfourth"
print([len(l) for l in text.splitlines()], len(text.splitlines(True)))
