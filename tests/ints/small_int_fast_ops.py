# Shifts, floor division, modulo and identity on small ints at and beyond the fast-path limits.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -2**31, 2**40+3, -(2**40+3), 2**61, -2**61, 2**62-1, -2**62, 123456789]
acc = 0
for a in vals:
    for b in vals:
        for s in (0, 1, 5, 31, 60, 61, 62, 63, 64, 100):
            try:
                acc = (acc * 31 + hash((a << s, a >> s))) & 0xFFFFFFFF
            except Exception as e:
                print("E", a, s, e)
        try:
            acc = (acc * 31 + hash((a // b, a % b))) & 0xFFFFFFFF
        except ZeroDivisionError:
            pass
        acc = (acc * 31 + hash(a is b)) & 0xFFFFFFFF
print(acc)
for a in (5, -5):
    for s in (-1,):
        try:
            print(a << s)
        except ValueError as e:
            print("VE", e)
        try:
            print(a >> s)
        except ValueError as e:
            print("VE", e)
