# Big integers: stream the decimal digits of pi from the continued composition of
# linear fractional maps z -> (a*z + b) / (c*z + d), one term per series step.
# The four coefficients grow to thousands of digits, so this is dominated by
# big-integer multiply and divide. Checksum: the first digits and a digit hash.
import sys

DEFAULT_N = 2000
TINY_N = 30
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def pi_digits(count):
    a, b, c, d = 1, 0, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        low = (3 * a + b) // (3 * c + d)
        high = (4 * a + b) // (4 * c + d)
        if low == high:
            # The next digit is known: emit it and shift it out (multiply by 10, subtract).
            digits.append(low)
            a = 10 * (a - low * c)
            b = 10 * (b - low * d)
        else:
            # Compose with the next term (k*z + 4k+2) / (2k+1) on the right.
            k += 1
            p = 4 * k + 2
            q = 2 * k + 1
            a, b, c, d = a * k, a * p + b * q, c * k, c * p + d * q
    return digits


digits = pi_digits(N)
head = "".join([str(x) for x in digits[:20]])
h = 0
for x in digits:
    h = (h * 10 + x) % 1000000007
print("pidigits", N, head, sum(digits), h)
