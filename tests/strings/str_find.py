# find, rfind, index, rindex and count with start/end
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("the", 1, 10), s.find("dog"))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("t", -5), s.rfind("t", 0, -5))
print(s.index("cat"), s.rindex("at"), s.index("at", 6), s.count("at"), s.count("the", 5))
print(s.count(""), "".count(""), "aaaa".count("aa"), "aaaa".find("aa", 1), "abc".count("abc", 1))
print(s.find("hat", -3), s.find("hat", -4), s.rfind("at", -10, -3))
for f in (s.index, s.rindex):
    try:
        f("zebra")
    except ValueError:
        print("ValueError")
print("mississippi".count("ss"), "mississippi".rfind("ss"), "mississippi".count("i", 2, -2))
