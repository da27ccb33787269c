# sorted with key and reverse, stability
print(sorted([3, 1, 2]), sorted([]), sorted("bca"), sorted((2, 1)))
print(sorted([3, 1, 2], reverse=True))
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted({"z": 1, "y": 2, "x": 0}))
d = {"z": 1, "y": 2, "x": 0}
print(sorted(d, key=d.get))
print(sorted([1.5, -2, 0, True, 3]))
print(sorted([[2, 1], [1, 2], [1], []]))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
lst = [5, 4, 3]
s = sorted(lst)
print(lst, s, s is lst)
print(sorted(range(10), key=lambda x: (x % 3, -x)))
