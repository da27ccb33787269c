# sum() and abs()
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10))
print(sum([0.5, 0.25]), sum([1, 2.5]), sum((True, True, False)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)))
print(sum([10 ** 20, 10 ** 20]))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError str")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError mix")
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-10 ** 30), abs(True), abs(-0.0))
class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return "abs of %d" % self.x
print(abs(V(3)))
try:
    abs("x")
except TypeError:
    print("TypeError abs")
print(sum([0.1] * 10))
print(sum(range(-5, 5)))
