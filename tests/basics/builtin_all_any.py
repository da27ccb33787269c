# all() and any() with short circuit
print(all([]), any([]), all([1, 2]), any([0, 0]), all([1, 0]), any([0, 1]))
print(all("abc"), any(""), all([[]]), any([[0]]))
seen = []
def chk(v):
    seen.append(v)
    return v
print(all(chk(v) for v in [1, 0, 1]))
print(seen)
seen.clear()
print(any(chk(v) for v in [0, 2, 3]))
print(seen)
print(all(x > 0 for x in range(1, 5)), any(x > 4 for x in range(5)))
print(all({}), any({0: 1}), any({1: 0}))
try:
    all(1)
except TypeError:
    print("TypeError")
