# arithmetic operators on ints and mixed types
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 3, 7 % 3, 7 ** 3)
print(-7 // 3, -7 % 3, 7 // -3, 7 % -3, -7 // -3, -7 % -3)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 10 % 4.0)
print(True + True, False * 10, True / 2)
print(+5, -(-5), ~5, ~-1, -0)
print(3 * "ab", "ab" * 0, [0] * 3, (1, 2) * 2)
print(-3 * "x", [1] * -1)
for op in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0]:
    try:
        op()
    except ZeroDivisionError:
        print("ZeroDivisionError")
for op in [lambda: 1 + "a", lambda: "a" - "b", lambda: [1] * 1.5, lambda: None + 1]:
    try:
        op()
    except TypeError:
        print("TypeError")
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-3), abs(3), abs(-0))
