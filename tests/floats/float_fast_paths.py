# Float arithmetic on values held in the word and boxed ones, and the exact shortcuts for
# x ** 0.5, x ** 1 and x ** 2: results and errors as CPython's.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 3.25, -2.75, 1e-300, 1e300, -1e300, 1e-80, 1e80, 2.0 ** 255, 2.0 ** -255,
        float("inf"), float("-inf"), 123456.789]
for x in vals:
    row = []
    for y in vals:
        for f in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y, lambda: x < y,
                  lambda: x <= y, lambda: x == y, lambda: x != y, lambda: x > y, lambda: x >= y):
            try:
                row.append(repr(f()))
            except ZeroDivisionError:
                row.append("ZDE")
    text = " ".join(row)
    check = 0
    for ch in text:
        check = (check * 131 + ord(ch)) % 1000000007
    print(check, row[:4])
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.5 < nan)
for x in (0.0, -0.0, 2.0, 1e-320, 1e200, 1e300, 0.25, 7.0, float("inf")):
    for y in (0.5, 1.0, 2.0):
        try:
            print(x, y, x ** y)
        except OverflowError as e:
            print(x, y, "OverflowError")
print((-4.0) ** 0.5)
print((-3.0) ** 2.0, (-3.0) ** 1.0)
