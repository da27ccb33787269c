# less common str methods
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"))
print("abc".removeprefix("x"), "abc".removesuffix(""), "".removeprefix(""))
print("Hello".swapcase(), "hello world".title(), "HELLO".istitle(), "Hello".istitle())
print("a-b_c d".replace("-", " ").replace("_", " ").split())
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "abc".translate({ord("a"): None, ord("b"): "BB"}))
print("x".join("123"), "ab".__len__(), "ab".__contains__("a"), "ab".__add__("cd"))
print("%s" % "abc".encode(), "tab\tsep".expandtabs(4))
