# split and rsplit: maxsplit, keyword arguments, separators of several characters
s = "a,b,,c,"
for n in (-1, 0, 1, 2, 10):
    print(n, s.split(",", n), s.rsplit(",", n))
print(s.split(sep=","), s.rsplit(maxsplit=1, sep=","), "a b c".split(maxsplit=1))
print("a b c".rsplit(None, 1), "a b c".rsplit(maxsplit=0), "  a b  ".rsplit(maxsplit=1))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "<><>".split("<>"), "aaaa".split("aa"))
print("aaaaa".split("aa"), "aaaaa".rsplit("aa"), "abc".split("abc"), "abc".split("abcd"))
print("".split(","), "".split(), "".rsplit(",", 1), " ".split(" "), "x".split("x"))
for bad in [lambda: "a".split(""), lambda: "a".rsplit("")]:
    try:
        bad()
    except ValueError:
        print("ValueError")
for bad in [lambda: "a".split(1), lambda: "a".split(",", "1"), lambda: "a".split(x=1),
            lambda: "a".split(",", 1, 2), lambda: "a".split(",", sep=",")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "path/to/file".rsplit("/", 1)[-1])
