# sum() over lists and tuples goes by index with small ints added inline: overflow into big
# ints, floats, start values, and code that grows the list during the sum behave as before.
print(sum([1, 2, 3]), sum((1, 2.5)), sum([], 10), sum([2**62, 2**62]), sum([1, 2], start=-3))
print(sum([2**62 - 1, 1, -1, -(2**62)]), sum((-(2**62), -(2**62), -1)))


class A:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        if len(l) < 6:
            l.append(99)
        return o + self.v


l = [1, A(2), 3]
print(sum(l), len(l))
try:
    sum([1, "a"])
except TypeError:
    print("TypeError")
print(sum(x for x in range(5)), sum(range(4)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
