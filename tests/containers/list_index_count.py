# list.index and count
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(5, -3), a.index(3, 1, 10))
print(a.count(5), a.count(1), a.count(7), [].count(0), [[1], [1]].count([1]))
print([1, 1.0, True].count(1), ["a", "A"].count("a"), [None, None].index(None))
for args in [(7,), (4, 3), (3, 1, 9)]:
    try:
        a.index(*args)
    except ValueError:
        print("ValueError", args)
print([float("nan")].count(float("nan")), [0.0].index(-0.0))
