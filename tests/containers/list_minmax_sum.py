# aggregate builtins over containers
data = [4, -2, 7, 0, 7, -9]
print(min(data), max(data), sum(data), len(data), sorted(data)[len(data) // 2])
print(data.index(max(data)), max(range(len(data)), key=data.__getitem__))
print(min([[3, 1], [2, 9]]), max(("b", 1), ("a", 2)), sum([[1], [2]], []))
print(max({"x": 3, "y": 9}.items(), key=lambda kv: kv[1]), min({5, 3, 8}), max(frozenset("qa")))
print(sum(()), sum([], 10), max([], default="none"), min((), default=0))
print(any([]), all([]), any([[]]), all([[], 1]), any({0: 1}), all({1: 0}))
nested = [[3, 4], [1, 2, 3], []]
print(max(nested, key=len), min(nested, key=sum), sum(map(len, nested)))
print(max([0.5, 1, True]), min(["b", "a", "c"]), sum([1.5, 2.5, -4]))
