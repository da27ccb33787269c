# zfill keeps a leading sign; expandtabs counts columns from the last line break
for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", "-é", "3.14", "-0"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(len(s) + 1)))
for s in ["a\tb", "\t", "ab\tc\td", "a\nb\tc", "a\r\tb", "é\tx", "12345678\tx", "\t\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)),
          repr(s.expandtabs(tabsize=3)))
print(repr("a\tb".expandtabs(-1)), "no tabs".expandtabs(2))
for bad in [lambda: "a".zfill("3"), lambda: "a".expandtabs("x"), lambda: "a".expandtabs(size=2)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
