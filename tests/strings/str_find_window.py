# find/rfind/index/rindex/count windows: negative, past-the-end and crossed bounds
s = "abcabcabc"
for args in [(0,), (3,), (-3,), (-100,), (9,), (10,), (2, 5), (5, 2), (-4, -1), (0, 100)]:
    print(args, s.find("bc", *args), s.rfind("bc", *args), s.count("bc", *args),
          s.find("", *args), s.rfind("", *args), s.count("", *args))
print(s.find("c", None), s.find("c", None, 2), s.rfind("c", None, None), s.count("a", None, -1))
print("".find(""), "".find("", 1), "".rfind(""), "".count("", 0, 0), "".count("x"))
print("abc".find("abcd"), "abc".rfind("abc", 1), "aaa".count("a", 1, 2), "aaa".count("", 1, 2))
for bad in [lambda: s.index("x"), lambda: s.rindex("a", 1, 3), lambda: s.index("", 10)]:
    try:
        print(bad())
    except ValueError:
        print("ValueError")
for bad in [lambda: s.find(1), lambda: s.count(None), lambda: s.find("a", "1")]:
    try:
        print(bad())
    except TypeError:
        print("TypeError")
t = "xyzxyz"
print(t.index("z", -2), t.rindex("x", 0, 4), t.index("yz", 2, 6), t.rindex("yz", -6, -1))
print(t.find("x", 1 << 70), t.find("x", -(1 << 70)), t.count("y", -(1 << 70), 1 << 70))
