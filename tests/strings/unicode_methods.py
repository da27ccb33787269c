# str methods on non-ASCII text
print("straße".upper(), "ÄÖÜ".lower(), "éclair".capitalize(), "ñandú".title())
print("Ǆemal".lower(), "ΑΒΓ".lower(), "αβγ".upper(), "ﬁ".upper())
print("ÄÖÜ".isalpha(), "ß".islower(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric())
print("日本".isalpha(), "  ".isspace(), "\u3000".isspace(), "é".isascii(), "e".isascii())
print(" ñ ".strip(), "€,£,¥".split(","), "|".join(["α", "β"]), "ü".center(5, "·"))
print(sorted(["zebra", "éclair", "apple", "Äpfel", "ö"]))
print("café".encode("utf-8"), len("café".encode()), "café".startswith("caf"), "café".endswith("é"))
print("naïve".find("ï"), "naïve".rfind("e"), "ααα".count("α"), "aλb".partition("λ"))
