# map and filter
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(abs, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(int, "123")
print(next(m), list(m), list(m))
print(sum(map(len, ["ab", "cde"])))
print(list(map(pow, [2, 3], [10, 2])))
print("".join(filter(str.isdigit, "a1b2c3")))
print(list(filter(str.isupper, "aBcD")))
calls = []
def note(x):
    calls.append(x)
    return x
mm = map(note, [1, 2, 3])
print(calls)
next(mm)
print(calls)
try:
    list(map(int, ["1", "x"]))
except ValueError:
    print("ValueError")
