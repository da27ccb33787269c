# strings as dict keys and set members
d = {}
words = "the quick brown fox jumps over the lazy dog the end".split()
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
key = "".join(["t", "h", "e"])
print(d[key], key in d, "THE".lower() in d, "The" in d)
s = set(words)
print(len(s), sorted(s))
print({"a" * 3: 1}["aaa"], {"x": 1}.get("x" + ""), hash("abc") == hash("ab" + "c"))
e = {"": "empty", " ": "space"}
print(e[""], e[" "], len(e))
