def f(data):
    return (x * y for x in data for y in x if y)

g = ((a, b) for a in range(3) if a for b in range(a))
total = sum(v for row in rows for v in row)
