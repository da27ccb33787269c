# negation, abs and sign handling
vals = [0, 1, -1, 7, -7, 2 ** 63, -(2 ** 63), 2 ** 100, -(2 ** 100)]
for v in vals:
    print(v, -v, abs(v), +v, -(-v) == v, (v > 0) - (v < 0))
print(-0 == 0, str(-0), abs(-0), -(0))
print(-2 ** 2, (-2) ** 2, -(2 ** 2), 2 ** -2)
print(-7 * -7, -7 * 7, -(2 ** 64) * -(2 ** 64) == 2 ** 128)
print([-x for x in range(-2, 3)], [abs(x) - x for x in range(-2, 3)])
print(-(-(2 ** 100)) == 2 ** 100, -(2 ** 100) + 2 ** 100)
print(min(-1, -(2 ** 64)), max(-1, -(2 ** 64)))
