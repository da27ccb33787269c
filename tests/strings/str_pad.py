# center, ljust, rjust, zfill, expandtabs
for w in (0, 3, 8, 9):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)),
          repr("abc".center(w, "*")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc".expandtabs(2)))
print(repr("\t".expandtabs(0)), repr("x\n\ty".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError:
    print("TypeError")
