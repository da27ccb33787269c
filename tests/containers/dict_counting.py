# counting and grouping patterns with dicts
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:4])
by_len = {}
for w in sorted(counts):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6], len(letters))
