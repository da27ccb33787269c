# isidentifier: XID_Start then XID_Continue, underscore allowed, keywords are identifiers
for s in ["x", "_", "_x1", "x_y", "1x", "", "class", "None", "with space", "a-b", "é", "日本",
          "x\u0301", "\u0301x", "Ⅻ", "x²", "²", "αβγ", "℘", "℮", "x·y", "·x", "a\u200db", "$x",
          "__init__", "ǅ", "𝔘𝔫𝔦", "ʰ", "〇"]:
    print(repr(s), s.isidentifier())
print(all(w.isidentifier() for w in ["if", "else", "lambda", "True"]))
print([c for c in "a1_-.é" if ("x" + c).isidentifier()])
