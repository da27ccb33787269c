# bytes/bytearray find/rfind/index/rindex/count with ints, windows and other buffers
for B in (bytes, bytearray):
    s = B(b"abcabcabc")
    print(B.__name__, s.find(b"bc"), s.rfind(b"bc"), s.find(99), s.rfind(99), s.count(97), s.count(b"abc"))
    for args in [(3,), (-3,), (9,), (10,), (2, 5), (5, 2), (-100, 100)]:
        print(args, s.find(b"c", *args), s.rfind(b"c", *args), s.count(b"c", *args), s.find(b"", *args),
              s.count(b"", *args))
    print(s.find(bytearray(b"ca")), s.index(B(b"ab"), 1), s.rindex(b"a", 0, 4), s.find(b"abcabcabcd"))
    print(s.startswith(b"abc"), s.startswith((b"x", B(b"ab"))), s.endswith(b"bc", 0, 5), s.endswith(b"", 9))
    for bad in [lambda: s.index(b"x"), lambda: s.find(256), lambda: s.find("a"), lambda: s.count(-1),
                lambda: s.startswith("a"), lambda: s.find(b"a", "1")]:
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__)
    print(98 in s, b"ca" in s, B(b"") in s, bytearray(b"cab") in s, 120 in s)
