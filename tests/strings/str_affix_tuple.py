# startswith/endswith: tuples, windows and argument errors
s = "report_2024.csv"
print(s.startswith("report"), s.startswith(("x", "rep")), s.startswith(()), s.endswith((".txt", ".csv")))
print(s.startswith("2024", 7), s.startswith("2024", 7, 10), s.startswith("2024", 7, 11))
print(s.endswith("2024", 0, 11), s.endswith("csv", -3), s.endswith("csv", -3, -1))
print(s.startswith("", 15), s.startswith("", 16), s.endswith("", 5, 3), s.startswith("", -100))
print("".startswith(""), "".endswith(""), "".startswith("a"), "a".endswith(("", "b")))
print(s.startswith(("a", "b", "r"), 0, 1), s.endswith(("v",), None, None))
for bad in [lambda: s.startswith(1), lambda: s.endswith(["csv"]), lambda: s.startswith(("a", 1)),
            lambda: s.endswith("v", "1")]:
    try:
        print(bad())
    except TypeError:
        print("TypeError")
print(s.startswith(("r", 1)))
words = ["apple", "banana", "avocado", "cherry", "apricot"]
print([w for w in words if w.startswith("a")], [w for w in words if w.endswith(("y", "o"))])
