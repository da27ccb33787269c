# searching non-ASCII strings: indices count code points, not bytes
s = "naïve café — naïve"
print(len(s), s.find("ï"), s.rfind("ï"), s.find("café"), s.find("—"), s.rfind("ve", 0, 8))
print(s.count("naïve"), s.count("ï", 3), s.find("e", -5), s.index("é", 5), s.rindex("a", 0, -4))
print(s.startswith("ïve", 2), s.endswith("caf", 0, 10), s.endswith("é", 0, 10))
print(s.find("", 18), s.find("", 19), s.count(""), s.count("", -3))
g = "αβγαβγ"
print(g.find("βγ"), g.rfind("βγ"), g.find("γ", 3), g.rfind("α", -3, -1), g.count("α", 1))
print(g.partition("γ"), g.rpartition("γ"), g.split("β"), g.rsplit("β", 1))
e = "😀a😀b😀"
print(len(e), e.find("a"), e.rfind("😀"), e.count("😀"), e.index("b"), e[e.find("b") + 1:])
print(e.replace("😀", "*"), e.replace("😀", "", 2), e.strip("😀"), e.split("a"))
print("日本語テキスト".find("テ"), "日本語"[1:], "日本語".endswith("語"), "日本" in "日本語")
