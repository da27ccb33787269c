# case mappings beyond ASCII: special casing, titlecase digraphs, final sigma
words = ["straße", "ǆungla", "ǅ", "ﬁnal ﬂow", "ŉ", "İstanbul", "ΣΟΦΟΣ", "ΟΔΟΣ ΚΑΙ ΔΡΟΜΟΣ",
         "ΑΣ.", "Σ", "ǈ", "ᾳ", "Ǉudi", "éCOLE", "ÀÉÎÕÜ", "ꭰ", "µ"]
for w in words:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print("ß".upper(), len("ß".upper()), "ß".casefold() == "SS".casefold(), "ẞ".lower(), "ẞ".casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ﬀ".upper(), "ﬀ".title(), "ﬀ".casefold())
print("σ".upper(), "ς".upper(), "ς".casefold(), "ΑΣ ΒΣ".lower(), "ΑΣΑ".lower(), "Σ Σ".lower())
print("they're bill's friends".title(), "hello wORLD 42nd".title(), "a1b2c3".title())
print("ǅ".istitle(), "ǅa".istitle(), "Ǆa".istitle(), "ǆa".istitle(), "ÉCOLE".isupper(), "é".islower())
