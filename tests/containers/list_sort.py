# list.sort in place with key and reverse; stability
a = [5, 2, 8, 1, 9, 3]
r = a.sort()
print(r, a)
a.sort(reverse=True)
print(a)
words = ["pear", "Fig", "apple", "kiwi", "date", "banana", "Cherry"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
e = []
e.sort()
print(e)
m = [3, "a"]
try:
    m.sort()
except TypeError:
    print("TypeError", m if len(m) == 2 else "")
n = [[3, 1], [1, 2], [1, 1], [2]]
n.sort()
print(n)
t = [(1, "b"), (1, "a"), (0, "z")]
t.sort()
print(t)
big = [(i * 7919) % 1009 for i in range(1009)]
big.sort()
print(big[:5], big[-5:], big == list(range(1009)))
