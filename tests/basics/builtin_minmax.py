# min and max with key and default
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"))
print(min([4, 2, 8]), max((4, 2, 8)), min("zyx"), max(range(10)))
print(min([], default=None), max([], default="empty"))
try:
    min([])
except ValueError:
    print("ValueError")
try:
    max()
except TypeError:
    print("TypeError")
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]))
print(min([(1, "b"), (1, "a"), (0, "z")]))
print(max([1, 3, 3.0, 2]))
print(max([-1, -5], key=abs), min([-1, -5], key=abs))
print(max(["aa", "bb", "cc"], key=len))
print(min(["aa", "bb", "cc"], key=len))
print(max(1, 2.5), min(-0.5, 0))
print(max({"a": 5, "b": 9}), max({"a": 5, "b": 9}.values()))
print(min(iter([7, 3, 9]), default=0))
print(max([], key=len, default=-1))
try:
    max(1, "a")
except TypeError:
    print("TypeError")
