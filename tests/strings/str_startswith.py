# startswith and endswith
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.startswith(()))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.endswith("tar", 0, -3))
print(s.startswith(""), "".startswith(""), "".endswith("a"), s.endswith("", 100))
print(s.startswith("gz", -2), s.endswith("file", 0, 4), s.startswith("f", -100))
try:
    s.startswith(["f"])
except TypeError:
    print("TypeError")
