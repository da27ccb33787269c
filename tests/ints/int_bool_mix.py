# ints mixed with bools in arithmetic and containers
print(True + 41, 10 - True, True * True, True ** 10, 7 // True, 7 % True)
print(sum([1, True, False, 2]), [True] * 3, (True,) + (1,))
counts = [0, 0]
for b in [True, False, True, True]:
    counts[b] += 1
print(counts)
print(True == 1, hash(True) == hash(1), 1 in {True}, True in [1], {True: "a", 1: "b"})
print(max(True, 0), min(False, True), sorted([True, 0, False, 1, -1]))
print(True << 4, ~False, -True, +True, abs(-True))
print(divmod(True, True), pow(True, 100), round(True))
print(int(True) is not True, type(int(True)).__name__, str(int(False)))
