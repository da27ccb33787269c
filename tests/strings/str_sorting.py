# sorting strings with keys
words = ["Banana", "apple", "cherry", "Apple", "banana", "date", "Fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted(words, reverse=True)[:3])
print(sorted("The quick brown fox".split(), key=str.casefold))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(max(words, key=len), min(words, key=lambda w: w.lower()))
