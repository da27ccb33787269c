def f(data):
    r = [y for x in data if (y := x * 2) > 3]
    return r, y

z = [w := 1, w + 1]
if (n := len(z)) > 1:
    print(n)
print([last := i for i in range(3)], last)
