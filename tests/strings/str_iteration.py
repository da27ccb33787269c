# iterating over strings
for ch in "abc":
    print(ch, ord(ch))
print(list("hello"), tuple("hi"), sorted(set("mississippi")))
print([c * 2 for c in "xyz"], list(enumerate("ab")), list(zip("abc", "123")))
it = iter("pq")
print(next(it), next(it), next(it, "end"))
counts = {}
for c in "abracadabra":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(list(reversed("abc")), "".join(sorted("dcba")), max("hello"), min("hello"))
print([s for s in ""] == [])
