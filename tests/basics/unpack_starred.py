# starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, = "hello"
print(a)
first, *_, last = "abcdefg"
print(first, _, last)
(a, *b), *c = [[1, 2, 3], 4, 5]
print(a, b, c)
for x, *rest in [(1,), (2, 3), (4, 5, 6)]:
    print(x, rest)
# starred result is always a list even from a tuple
h, *t = (9, 8, 7)
print(type(t).__name__, t)
# too few values
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
# starred in expressions
print([*range(3), *"ab", *[None]])
print((*[1, 2],))
print({*[3, 3, 1]} == {1, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
