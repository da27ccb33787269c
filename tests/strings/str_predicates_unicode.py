# isalpha/isdecimal/isdigit/isnumeric/isalnum by Unicode category
samples = ["abc", "Ünïcödé", "日本", "٣٤", "²³", "½", "一二三", "Ⅻ", "①", "𝟙", "a1", "1.5",
           "", " ", "é\u0301", "\u0345", "ǅ", "ʰ", "〇", "๕", "Ⅷx", "x²", "_", "ab-c"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(),
          s.islower(), s.isupper(), s.isascii())
print("ABC".isupper(), "ABc".isupper(), "123".isupper(), "A1".isupper(), "ǅ".isupper(), "ǅ".islower())
print("abc".islower(), "ab1".islower(), "1".islower(), "ß".islower(), "ªº".islower(), "ʰ".islower())
print([c for c in "a1²½一Ⅻ" if c.isdigit()], [c for c in "a1²½一Ⅻ" if c.isnumeric()])
