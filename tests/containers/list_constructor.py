# list() from various iterables
print(list(), list([]), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list(x * x for x in range(4)), list(b"ab"), list(map(str, [1])))
print(sorted(list({3, 1, 2})), list(reversed("ab")), list(enumerate("xy")), list(zip("ab", "cd")))
a = [1, 2]
b = list(a)
print(a == b, a is b)
try:
    list(5)
except TypeError:
    print("TypeError")
try:
    list(1, 2)
except TypeError:
    print("TypeError args")
print(list(iter([7, 8])), list(list(list("z"))))
