# str.replace
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("x", "y"), s.replace("one", ""), s.replace(" ", ""), s.replace("one", "one one"))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("hello".replace("l", "L", -1), "banana".replace("ana", "ANA"))
t = "immutable"
t.replace("i", "I")
print(t)
