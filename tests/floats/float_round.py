# round() on floats
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1.4999999999999998, 2.675, 1.005,
        0.125, 0.375, 1234.5678, -1234.5678, 1e16, 1e-16, 0.0, -0.0]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
print(round(123.456, 5), round(123.456, 20), round(5e-324 * 0, 3), round(1e300, -299))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(1.5, None)).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(float("inf"), 2), round(float("-inf"), 1))
