# re: module functions and Pattern methods: match/search/fullmatch, sub/subn, split,
# findall/finditer, escape, compile flags, errors.
import re

p = re.compile(r"(\d+)-(\d+)")
print(p.pattern, p.groups, p.flags == re.compile("x").flags, p.groupindex)
print(p.match("12-34 56-78").group(), p.match("x12-34"), p.search("x12-34").span())
print(p.fullmatch("12-34"), p.fullmatch("12-34x"), re.fullmatch("a|ab", "ab").group())
print(p.search("12-34 56-78", 3).group(), p.search("12-34 56-78", 3, 8))
print(p.match("dog 1-2", 4).group(), p.match("1-2", 0, 2))
print(re.match("o", "dog", 1), re.compile("o").match("dog", 1).group())
print(re.compile("^o").match("dog", 1), re.compile("o").search("dog", -5).group())
print(re.compile(r"o$").search("dog", 0, 2).group())

print(re.sub(r"\d+", "#", "a1b22c333"), re.subn(r"\d+", "#", "a1b22c333"))
print(re.sub(r"\d+", "#", "a1b22c333", count=2), re.sub("x*", "-", "abc"))
print(re.sub("a*", "-", "baac"), re.sub("(a)(b)?", r"\2-\1", "1a2ab"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "hi yo"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub("b", "\\n\\t\\\\", "abc") == "a\n\t\\c", re.sub("", "-", "ab"))
print(p.sub(r"\2:\1", "1-2, 3-4"), p.subn("", "1-2 3-4 5"))
print(re.sub(b"a", b"o", b"banana"), re.sub("^a", "*", "aaa"), re.sub("^ab|cab", "*", "abababcabab"))

print(re.split(",", "a,b,,c"), re.split(",", "a,b,c", 1), re.split(",", "a,b,c", maxsplit=-1))
print(re.split(r"\s+", " a  b c "), re.split("(,)", "a,b"), re.split("(x)?,", "a,b"))
print(re.split("x*", "axbc"), re.split(" *", "a b"), re.split("", "ab"))
print(re.split(b",", b"1,2"), re.compile("[a-f]+").split("0a3b9"))

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.findall(r"(\w)\d", "a1 b2"), re.findall("x*", "axb"), re.findall("", "ab"))
print(re.compile(r"\d").findall("1a2b3", 1, 4), re.findall(r"(a)|b", "ab"))
print([m.span() for m in re.finditer(r"\w+", "hi there you")])
print([m.group() for m in re.compile("a*").finditer("baa b")])
it = re.finditer("o", "foo")
print(next(it).start(), next(it).start(), list(it))

print(re.escape("a.b*c?d[e]f(g)h{i}j|k^l$m\\n+o-p q#r&s~t"), re.escape(b"1.2"))
print(re.compile("a", re.I | re.M), re.compile(b"a"), re.compile("a", re.A))
print(re.compile(p) is p, re.search(p, "7-8").groups())
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.NOFLAG))

for bad in ("(", ")", "[a", "a**", "*a", "a{3,2}", "(?P<1>x)", "(?P<n>a)(?P<n>b)", "[z-a]"):
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error:
        print("error")
print(issubclass(re.error, Exception))
for call in (lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("a", r"\g<x>", "a"),
             lambda: re.compile("(a)").sub(r"\q", "a")):
    try:
        call()
    except (re.error, IndexError) as e:
        print(type(e).__name__)
for call in (lambda: re.match(123, "a"), lambda: re.match("a", 123),
             lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
             lambda: re.compile(p, re.I)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
