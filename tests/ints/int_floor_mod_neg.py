# floor division and modulo with negative operands follow floor semantics
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, -3), (6, -3), (-6, 3), (1, 10), (-1, 10),
         (10 ** 20, -3), (-(10 ** 20), 3), (-(10 ** 20), -(10 ** 19) - 1),
         (2 ** 64 + 1, -(2 ** 32))]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b) == (q, r))
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
print(-3 >> 1, -1 >> 5, -(3 >> 1))
for b in (-5, 5):
    print([a // b for a in range(-6, 7, 3)], [a % b for a in range(-6, 7, 3)])
