# `for a, b in zip(...)` / `enumerate(...)` take their items unpacked (no tuple per item):
# the results, the order in which iterators are advanced, and the errors must not change.

# zip stops at the shortest, having advanced the earlier iterators once more (as CPython)
it = iter([1, 2, 3])
for a, b in zip(it, [10]):
    print(a, b)
print(next(it))

# three names, three iterators; one name per iterator in comprehensions too
print([(a, b, c) for a, b, c in zip("abc", range(3), [True, False, None])])
print(sum([x * y for x, y in zip([1, 2, 3], [4, 5, 6])]))

# mismatched counts take the ordinary path and raise as before
try:
    for a, b in zip([1], [2], [3]):
        pass
except ValueError as e:
    print("ValueError")
try:
    for a, b, c in enumerate("xy"):
        pass
except ValueError as e:
    print("ValueError")

# enumerate: start values, big ints, negative starts
for i, ch in enumerate("ab", 5):
    print(i, ch)
for i, ch in enumerate("ab", 2**62 - 1):
    print(i, ch)
for i, ch in enumerate("abc", -2):
    print(i, ch)
print({k: v for k, v in enumerate("hey")})


# generators: exceptions propagate, state persists
def gen(n):
    for i in range(n):
        if i == 2:
            raise KeyError("boom")
        yield i


try:
    for a, b in zip(gen(5), "abcde"):
        print(a, b)
except KeyError as e:
    print("KeyError", e)


# a zip subclass with its own __next__ is honoured
class Z(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a


for a, b in Z([1, 2], "xy"):
    print(a, b)

# the loop variables keep their last values; break and else work
for a, b in zip(range(10), range(10, 20)):
    if a == 3:
        break
print(a, b)
for a, b in enumerate([]):
    pass
else:
    print("empty")


# nested and in a generator expression
print(list((i, j) for i, row in enumerate([[1, 2], [3]]) for j, x in enumerate(row)))
