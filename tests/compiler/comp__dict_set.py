a = {k: v for k, v in items}
b = {x for x in data}
c = {x: x * x for x in range(5) if x % 2}
d = {(x, y) for x in a for y in b if x != y}
