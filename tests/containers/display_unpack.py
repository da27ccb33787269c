# starred items in list/tuple/set displays and ** in dict displays (evaluation order too)
log = []
def ev(tag, value):
    log.append(tag)
    return value
def gen(tag, n):
    for i in range(n):
        log.append(tag + str(i))
        yield i
print([ev("a", 1), *gen("b", 2), ev("c", 3), *gen("d", 1)], log)
log.clear()
print((ev("a", 1), *gen("b", 2), ev("c", 3)), log)
log.clear()
print((ev("a", 1), *gen("b", 2)), log)
log.clear()
print(sorted({ev("a", 9), *gen("b", 3), ev("c", 9)}), log)
log.clear()
print({ev("k1", "x"): ev("v1", 1), **ev("m", {"y": 2, "x": 3}), ev("k2", "z"): ev("v2", 4)}, log)
print({**{"a": 1, "b": 2}, "a": 5}, {"a": 5, **{"a": 1, "b": 2}}, {**{}}, {**dict(q=1)})
print([*[]], (*(),), (*"ab",), [*range(3), *range(2)], type((*[1],)).__name__)
t = tuple(range(35))
print((*t, *t) == t + t, (*t, "end")[-2:], ("start", *t)[:2])
long = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, *"xy")
print(len(long), long[-3:])
def ret():
    return *range(2), 9
def yld():
    yield *"ab", *"c"
print(ret(), list(yld()))
grid = {(1, 2): "p", (1, 2, 3): "q"}
idx = [1, 2]
print(grid[*idx], grid[*idx, 3])
for v in *idx, 7:
    print(v, end=" ")
print()
a, b = *idx,
c, d = *"z", 8
print(a, b, c, d)
class Ordered:
    def keys(self):
        return ["z", "a"]
    def __getitem__(self, k):
        return k.upper()
print({**Ordered(), "a": 0})
try:
    [*5]
except TypeError:
    print("TypeError")
try:
    (1, *None)
except TypeError:
    print("TypeError")
