# bytes/bytearray split, rsplit, splitlines, partition, join, strip; results keep the type
for B in (bytes, bytearray):
    s = B(b" a,b,,c  d ")
    print(s.split(), s.split(b","), s.split(b",", 1), s.rsplit(b",", 1), s.rsplit(None, 1), s.split(maxsplit=1))
    print(B(b"a\x0bb\x0cc\x1cd").split(), B(b"1<>2<>3").split(b"<>"), B(b"").split(), B(b"").split(b","))
    print(B(b"l1\nl2\r\nl3\rl4").splitlines(), B(b"x\ny\n").splitlines(True), B(b"a\x0bb").splitlines())
    print(B(b"k=v=w").partition(b"="), B(b"k=v=w").rpartition(b"="), B(b"kv").partition(b"="))
    print(B(b"-").join([b"a", bytearray(b"b"), B(b"c")]), B(b"").join([]), B(b", ").join(B(x) for x in [b"p", b"q"]))
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b" ad"), B(b"\t\x0b\x0cx\r\n").strip(), B(b"xyx").strip(b"x"))
    print(type(s.split()[0]).__name__, type(s.strip()).__name__, type(B(b"ab").partition(b"a")[0]).__name__)
    for bad in [lambda: s.split(b""), lambda: s.split(","), lambda: B(b"-").join([b"a", "b"]),
                lambda: B(b"-").join([1]), lambda: s.strip("a"), lambda: s.partition(b"")]:
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__)
