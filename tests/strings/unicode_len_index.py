# length, indexing and slicing of non-ASCII strings (code points, not bytes)
s = "héllo wörld"
print(len(s), s[1], s[7], s[-4], s[1:4], s[::-1], s[::2])
e = "日本語テキスト"
print(len(e), e[0], e[-1], e[2:5], e[::-1], e[1::3])
mix = "a€b𝄞c"
print(len(mix), mix[1], mix[3], mix[4], mix[-2:], list(mix))
print([ord(c) for c in mix], mix.find("c"), mix.index("€"), mix.count("b"))
print("€" in mix, "𝄞" in mix, "x" in mix, mix.replace("€", "EUR"))
print(len("ö" * 100), ("ab€" * 3)[4:7], "€uro"[0] == "\u20ac", "\U0001d11e" == "𝄞")
for i, ch in enumerate("αβγ"):
    print(i, ch, ord(ch))
print(s.split(" "), "-".join("äöü"), s.split("ö"))
