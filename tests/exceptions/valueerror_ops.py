# operations that raise ValueError
ops = [
    lambda: int("abc"),
    lambda: int("12", 2),
    lambda: int(""),
    lambda: float("1.2.3"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: [].remove(1),
    lambda: "a,b".split(""),
    lambda: range(0, 5, 0),
    lambda: chr(-5),
    lambda: bytes([256]),
    lambda: int("5", 1),
    lambda: int(" 1 2 "),
    lambda: int("-"),
    lambda: float("1e"),
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except ValueError:
        print(i, "ValueError")
    except OverflowError:
        print(i, "OverflowError")
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError:
    print("unpack ValueError")
print(int(" 42 "), float(" -1.5 "), int("-0x1f", 16), int("0b101", 0))
