# membership tests on lists use == (and identity first)
a = [1, "two", 3.0, [4], (5,), None]
print(1 in a, "two" in a, 3 in a, [4] in a, (5,) in a, None in a, 4 in a, "t" in a)
print(True in [1], 1.0 in [True], 0 in [False], "" in [[]])
nan = float("nan")
print(nan in [nan], float("nan") in [nan])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 5 in [Eq()], [] in [Eq()])
print(3 not in a, [4] not in a)
