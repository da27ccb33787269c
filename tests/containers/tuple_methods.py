# tuple.count and tuple.index
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1), t.index(2, -1))
try:
    t.index(9)
except ValueError:
    print("ValueError")
try:
    t.index(3, 3, 5)
except ValueError:
    print("ValueError range")
print((True, 1, 1.0).count(1), (None,).index(None), ((1,), [1]).count([1]))
