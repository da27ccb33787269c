# + - * // % and comparisons between small and big ints of both signs and many sizes (up to
# ten limbs, divisors far from normalized), folded into a checksum, then quotients of huge
# numbers that are a single digit (the case long division handles without shifting).
state = 5


def rnd(bits):
    global state
    r = 0
    for i in range(bits // 30 + 1):
        state = (state * 1103515245 + 12345) % (1 << 31)
        r = (r << 30) | (state >> 1)
    return r % (1 << bits)


vals = [0, 1, -1, 2**31, -(2**31), 2**32 - 1, 2**62, -(2**62), 2**63, -(2**63) - 1, 2**64 + 5]
vals += [-(2**95) + 7, 3**200, -(7**150), 10**40 + 1]
for i in range(30):
    vals.append(rnd(rnd(8) + 1) * (1 if rnd(1) else -1))
h = 0
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        if b:
            r += [a // b, a % b]
        for x in r:
            h = (h * 1000003 + (x if type(x) is int else int(x))) % (1 << 61)
print(h)
big = 7**3000
for k in (1, 2, 3, 9, 10, 2**32 - 1):
    for d in (big, big + 1, -big, big // 3 + 12345):
        n = d * k + (k - 1)
        print(k, n // d, (n % d).bit_length(), divmod(n, d)[0] == n // d)
