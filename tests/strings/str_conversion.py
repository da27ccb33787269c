# str() and conversions to and from str
print(str(42), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)), str({}))
print(str(), str(""), str(b"bytes"), str(1e100), str(2 ** 70))
print(int("42") + 1, float("2.5") * 2, list("abc"), tuple("ab"), set("aa") == {"a"})
print(str(str("x")), type(str(5)).__name__, str(5) == "5", repr(5) == str(5))
print(str(b"\xff\x00abc"), str(bytearray(b"x")), str(range(3)))
print("%s|%s" % (str(0.1), repr(0.1)), str(-0.0), str(float("inf")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
class S:
    def __str__(self):
        return "custom"
print(str(S()), "x" + str(S()), [str(S())])
