# re: Match objects: group/groups/groupdict, start/end/span, expand, attributes.
import re

m = re.match(r"(?P<key>\w+)=(?P<val>\w*)(;)?", "color=blue rest")
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(1, 2, "key"))
print(m[0], m[1], m["key"], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("val"), m.span(3), m.start(3))
print(m.pos, m.endpos, m.string, m.re.pattern, m.lastindex, m.lastgroup)
print(m.expand(r"\2 is \g<key>!"), repr(m))
print(re.match("x", "x").lastindex, re.match("((a)b)", "ab").lastindex, re.match("(a)(b)", "ab").lastgroup)
for g in (4, -1, "nope"):
    try:
        m.group(g)
    except IndexError:
        print("IndexError")

m = re.search(r"(\d+)(x)?", "ab 42 cd", )
print(m.group(2), m.span(2), m.groups(), m.start(1), m.end(1))
m = re.search("(caf)(\xe9+)", "un caf\xe9\xe9!")
print(m.span(), m.group(2), m.span(2), repr(m))
m = re.search(b"(b+)", b"abbbc")
print(m.group(1), m.span(1), m.groups(), repr(m))
e = re.match("", "")
print(e.group(), e.span(), e.groups(), repr(e))
m = re.compile("o").search("dog", 1, 2)
print(m.pos, m.endpos, m.span())
