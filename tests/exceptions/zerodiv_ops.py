# operations that raise ZeroDivisionError
ops = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 5 % 0.0,
    lambda: divmod(3, 0),
    lambda: divmod(3.0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: (10 ** 30) // 0,
    lambda: True / False,
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except ZeroDivisionError:
        print(i, "ZeroDivisionError")
print(issubclass(ZeroDivisionError, ArithmeticError))
print(0 / 1, 0 // 5, 0 % 3, -0.0 / 1)
