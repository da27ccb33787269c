# float methods
for v in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), (-0.0).hex())
print((2.5).real, (2.5).imag, (2.5).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError:
    print("OverflowError")
try:
    float("nan").as_integer_ratio()
except ValueError:
    print("ValueError")
print(float(7).is_integer(), (7.0000001).is_integer())
