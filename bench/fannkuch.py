# Integer loops over small lists: pancake flipping over every permutation of 1..N.
# Permutations are generated in lexicographic order (next-permutation step), and for
# each one the prefix reversal is repeated until 1 reaches the front.
# Checksum: the largest flip count and a position-weighted sum of flip counts.
import sys

DEFAULT_N = 9
TINY_N = 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def next_permutation(p):
    i = len(p) - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(p) - 1
    while p[j] <= p[i]:
        j -= 1
    p[i], p[j] = p[j], p[i]
    lo = i + 1
    hi = len(p) - 1
    while lo < hi:
        p[lo], p[hi] = p[hi], p[lo]
        lo += 1
        hi -= 1
    return True


def flips(perm):
    work = perm[:]
    count = 0
    first = work[0]
    while first != 1:
        lo = 0
        hi = first - 1
        while lo < hi:
            work[lo], work[hi] = work[hi], work[lo]
            lo += 1
            hi -= 1
        count += 1
        first = work[0]
    return count


def fannkuch(n):
    perm = list(range(1, n + 1))
    most = 0
    checksum = 0
    index = 0
    while True:
        f = flips(perm)
        if f > most:
            most = f
        checksum = (checksum + f * (index % 7 + 1)) % 1000003
        index += 1
        if not next_permutation(perm):
            break
    return most, checksum, index


most, checksum, count = fannkuch(N)
print("fannkuch", N, most, checksum, count)
