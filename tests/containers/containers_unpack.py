# unpacking containers into names and calls
a, b, c = [1, 2, 3]
print(a, b, c)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
(v1, v2), = [(7, 8)]
print(v1, v2)
x, *rest = range(5)
print(x, rest)
*init, (p, q) = [1, 2, (3, 4)]
print(init, p, q)
s1, s2 = sorted({9, 4})
print(s1, s2)
print(*{"d": 1, "e": 2}, *(1, 2), *[[3]])
print([*{1: "a"}.items(), *range(2)])
first, second = "hi"
print(first, second)
for bad in ([1, 2, 3], [1]):
    try:
        u, w = bad
    except ValueError:
        print("ValueError", len(bad))
