# sorting, min, max and sum with floats
vals = [3.25, -1.5, 0.0, 2.0, -0.0, 1e-9, 1e9, -7.75, 2.0, 0.1]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=abs))
print(min(vals), max(vals), sum(vals))
print(sorted([2, 1.5, True, 0.5, 1]), max(1, 1.0), max(1.0, 1), min(0, 0.0, -0.0))
recs = [("a", 1.5), ("b", 0.5), ("c", 1.5), ("d", 0.5)]
print(sorted(recs, key=lambda r: r[1]))
print(max(recs, key=lambda r: r[1]), min(recs, key=lambda r: r[1]))
