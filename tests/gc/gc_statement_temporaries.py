# cmdline: -X heapsize=64K
# Big-number temporaries of one statement are released as the statement goes on (not at the
# end of the loop iteration): this streaming pi-digits loop fits a small heap.
def pi_digits(count):
    a, b, c, d = 1, 0, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        low = (3 * a + b) // (3 * c + d)
        high = (4 * a + b) // (4 * c + d)
        if low == high:
            digits.append(low)
            a = 10 * (a - low * c)
            b = 10 * (b - low * d)
        else:
            k += 1
            p = 4 * k + 2
            q = 2 * k + 1
            a, b, c, d = a * k, a * p + b * q, c * k, c * p + d * q
    return digits


d = pi_digits(800)
print(d[:10], sum(d))
