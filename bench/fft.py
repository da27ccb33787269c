# Float arithmetic: iterative radix-2 FFT on separate real/imaginary lists.
# Twiddle factors come from a hand-written sine (range reduction + Taylor series),
# so only + - * / are used and every interpreter computes bit-identical floats.
# Each round transforms a signal forward and back; the checksum quantises the
# spectrum peaks and the summed round-trip error.
import sys

DEFAULT_N = 40
TINY_N = 1
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

SIZE = 1024
PI = 3.141592653589793


def sine(x):
    # Reduce to [-pi, pi], then fold to [-pi/2, pi/2] where the series converges fast.
    turns = int(x / (2.0 * PI))
    x = x - turns * 2.0 * PI
    if x > PI:
        x -= 2.0 * PI
    elif x < -PI:
        x += 2.0 * PI
    if x > PI / 2.0:
        x = PI - x
    elif x < -PI / 2.0:
        x = -PI - x
    term = x
    total = x
    x2 = x * x
    k = 1
    while k < 23:
        term = -term * x2 / ((k + 1) * (k + 2))
        total += term
        k += 2
    return total


def cosine(x):
    return sine(x + PI / 2.0)


def bit_reverse_table(n):
    bits = 0
    while (1 << bits) < n:
        bits += 1
    table = []
    for i in range(n):
        r = 0
        v = i
        for _ in range(bits):
            r = (r << 1) | (v & 1)
            v >>= 1
        table.append(r)
    return table


def transform(re, im, cos_t, sin_t, rev, inverse):
    n = len(re)
    for i in range(n):
        j = rev[i]
        if j > i:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    half = 1
    while half < n:
        stride = n // (2 * half)
        for start in range(0, n, 2 * half):
            for k in range(half):
                wr = cos_t[k * stride]
                wi = sin_t[k * stride]
                if inverse:
                    wi = -wi
                a = start + k
                b = a + half
                tr = wr * re[b] + wi * im[b]
                ti = wr * im[b] - wi * re[b]
                re[b] = re[a] - tr
                im[b] = im[a] - ti
                re[a] += tr
                im[a] += ti
        half *= 2
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def run(rounds):
    n = SIZE
    # The big lists are made first and refilled in place: on a non-moving heap the
    # float garbage made while filling them would otherwise leave no gap big enough.
    signal = [0.0] * n
    re = [0.0] * n
    im = [0.0] * n
    cos_t = [0.0] * (n // 2)
    sin_t = [0.0] * (n // 2)
    rev = bit_reverse_table(n)
    for k in range(n // 2):
        cos_t[k] = cosine(2.0 * PI * k / n)
        sin_t[k] = sine(2.0 * PI * k / n)
    peaks = 0
    error_score = 0
    for r in range(rounds):
        f1 = 3 + r
        f2 = 40 + 7 * r
        for t in range(n):
            v = sine(2.0 * PI * f1 * t / n) + 0.5 * cosine(2.0 * PI * f2 * t / n) + 0.01 * ((t * 37 + r) % 11)
            signal[t] = v
            re[t] = v
            im[t] = 0.0
        transform(re, im, cos_t, sin_t, rev, False)
        best = 0
        best_mag = 0.0
        for k in range(1, n // 2):
            mag = re[k] * re[k] + im[k] * im[k]
            if mag > best_mag:
                best_mag = mag
                best = k
        peaks += best * 1000 + int(best_mag ** 0.5)
        transform(re, im, cos_t, sin_t, rev, True)
        error = 0.0
        for t in range(n):
            d = re[t] - signal[t]
            if d < 0.0:
                d = -d
            error += d
        error_score += int(error * 1e15)
    return peaks, error_score


peaks, error_score = run(N)
print("fft", N, peaks, error_score)
