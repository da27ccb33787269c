# floats as dict keys and set members mixing with ints
d = {1: "int one", 2.5: "two and a half"}
d[1.0] = "float one"
print(d, len(d))
d[0.0] = "zero"
d[-0.0] = "negative zero"
print(d[0], len(d))
s = {1, 1.0, 2, 2.0, 3.5, True}
print(sorted(s), len(s))
nan = float("nan")
dn = {nan: 1}
print(dn[nan], len({nan, nan}), len({float("nan"), float("nan")}))
print({0.1 + 0.2: "a"}.get(0.3, "missing"), {0.5 + 0.25: "b"}.get(0.75))
print(2 ** 53 in {float(2 ** 53)}, 2 ** 53 + 1 in {float(2 ** 53 + 1)})
