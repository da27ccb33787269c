# OverflowError from float operations and int conversions
ops = [
    lambda: 10.0 ** 400,
    lambda: int(float("inf")),
    lambda: int(float("-inf")),
    lambda: float(10 ** 400),
    lambda: 2.0 ** 5000,
    lambda: (10 ** 400) / 1,
    lambda: round(float("inf")),
]
for i, op in enumerate(ops):
    try:
        r = op()
        print(i, "no error", r)
    except OverflowError:
        print(i, "OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError for nan")
print(issubclass(OverflowError, ArithmeticError))
print(10 ** 400 // 10 ** 399, float(10 ** 300) > 1e299)
