# verify a == (a // b) * b + a % b and sign of remainder over many values
bad = 0
count = 0
vals = [0, 1, 2, 3, 7, 10, 99, 2 ** 31 - 1, 2 ** 31, 2 ** 63, 2 ** 64 + 3, 10 ** 25 + 7]
vals = vals + [-v for v in vals if v]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        count += 1
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            bad += 1
            print("bad", a, b, q, r)
print(count, bad)
print(divmod(-(10 ** 25 + 7), 2 ** 64 + 3))
print(divmod(10 ** 25 + 7, -(2 ** 31)))
