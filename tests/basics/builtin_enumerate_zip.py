# enumerate and zip
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=-2)))
print(list(enumerate([])))
e = enumerate(["x", "y"])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), "xyz")))
print(dict(zip("abc", range(3))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
z = zip(iter([1, 2, 3]), iter([4]))
print(list(z), list(z))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
