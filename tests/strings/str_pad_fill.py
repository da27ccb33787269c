# center/ljust/rjust with fill characters; CPython's odd-width centring rule
for w in range(0, 9):
    print(w, "[" + "ab".center(w) + "]", "[" + "abc".center(w, "*") + "]", "[" + "a".center(w, "-") + "]")
print("x".ljust(4, "."), "x".rjust(4, "."), "é".center(5, "·"), "日本".ljust(4, "＊"), "ab".rjust(-3))
print(repr("".center(3)), repr("".ljust(2, "z")), "long string".center(4), "q".center(2))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust(5, 1),
            lambda: "a".rjust("5"), lambda: "a".center()]:
    try:
        bad()
    except TypeError:
        print("TypeError")
table = [("apple", 3), ("kiwi", 12), ("banana", 7)]
for name, n in table:
    print("|" + name.ljust(8) + "|" + str(n).rjust(4) + "|" + name[0].upper().center(3) + "|")
