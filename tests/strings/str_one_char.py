# One-character strings from indexing, iteration, slicing and chr() behave as any string:
# equal to literals and interned names, usable as dict keys and set members, hashed alike.
text = "az_ (x)+9~\t\n" + "é€"
chars = [text[i] for i in range(len(text))]
print(chars)
print([c for c in text] == chars, list(text) == chars)
print([text[i : i + 1] for i in range(len(text))] == chars)
print([chr(ord(c)) for c in text] == chars)
print(text[0] == "a", text[2] == "_", text[-1] == "€", text[0] is text[0])
counts = {}
for c in "hello world":
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print(counts["l"], counts["o"], "l" in counts, "z" in counts)
print(hash("q"[0]) == hash("q"), {"q"[0]} == {"q"}, "abc"[1] in {"a": 1, "b": 2})
print(repr("'"[0]), repr("\\"[0]), repr("\x00"[0]), repr("\x7f"[0]))
print("x"[0] + "y"[0], "-"[0] * 3, "a"[0] < "b"[0], "abc".index("c"[0]))
print("A"[0].lower(), "a"[0].upper(), "5"[0].isdigit(), " "[0].isspace(), "Q"[0].isalpha())
print(str("k"[0]), "k"[0].encode(), len("k"[0]), "{}-{}".format("a"[0], "b"[0]))
