# building and walking nested containers
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
print([list(col) for col in zip(*matrix)])
print([row[::-1] for row in matrix[::-1]])
print(sum(map(sum, matrix)), max(max(row) for row in matrix))
inv = {}
data = {"fruits": ["apple", "pear"], "veg": ["kale"], "empty": []}
for cat, items in data.items():
    for it in items:
        inv[it] = cat
print(inv)
def walk(x, depth=0):
    if isinstance(x, dict):
        for k, v in x.items():
            yield depth, k
            yield from walk(v, depth + 1)
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from walk(v, depth + 1)
    else:
        yield depth, x
print(list(walk({"a": [1, (2, 3)], "b": {"c": 4}})))
stack = [[1, [2, [3, [4]]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(reversed(top))
    else:
        flat.append(top)
print(flat)
