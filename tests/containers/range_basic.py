# range objects
r = range(10)
print(r, len(r), list(r), r[0], r[-1], 5 in r, 10 in r, -1 in r)
print(range(3, 8), list(range(3, 8)), range(0, 10, 3), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(-5, -1)), list(range(5, 5)), list(range(5, 1)))
print(range(5).count(3), range(5).index(3), range(0, 20, 5).index(15))
print(range(0) == range(1, 1), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2))
print(bool(range(0)), bool(range(1)), 3.0 in range(5), "3" in range(5))
try:
    range(5).index(7)
except ValueError:
    print("ValueError")
try:
    range(5)[5]
except IndexError:
    print("IndexError")
try:
    range(1.5)
except TypeError:
    print("TypeError")
r2 = range(1, 10, 4)
print(r2.start, r2.stop, r2.step, list(r2))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
