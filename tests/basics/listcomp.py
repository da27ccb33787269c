# list comprehensions
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x > 2 else 0 for x in range(5)])
print([])
print([x for x in []])
print([[y * x for y in range(3)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row])
print([len(w) for w in "the quick brown fox".split()])
print([i for i, ch in enumerate("banana") if ch == "a"])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k for k in {"x": 1, "y": 2}])
print([(lambda v: v + 1)(v) for v in (1, 2)])
total = 0
squares = [total := total + x for x in range(5)]
print(squares, total)
