# Integer loops over a bytearray: the sieve of Eratosthenes (marking with a
# while loop, since MicroPython has no extended-slice assignment), then counts of
# primes, twin primes and prime gaps. Repeated over shifted segments.
import sys

DEFAULT_N = 800000
TINY_N = 1000
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def sieve(limit):
    flags = bytearray(limit + 1)
    flags[0] = 1
    if limit >= 1:
        flags[1] = 1
    p = 2
    while p * p <= limit:
        if not flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = 1
                m += p
        p += 1
    return flags


def segment(base_primes, low, high):
    # Primes in [low, high) sieved with the primes below sqrt(high).
    flags = bytearray(high - low)
    for p in base_primes:
        if p * p >= high:
            break
        start = ((low + p - 1) // p) * p
        if start < p * p:
            start = p * p
        m = start
        while m < high:
            flags[m - low] = 1
            m += p
    return [low + i for i in range(high - low) if not flags[i]]


def run(limit):
    flags = sieve(limit)
    count = 0
    twins = 0
    widest = 0
    last = 2
    total = 0
    for n in range(2, limit + 1):
        if not flags[n]:
            count += 1
            total += n
            if n - last == 2:
                twins += 1
            if n - last > widest:
                widest = n - last
            last = n
    small = sieve(2000)
    base = [n for n in range(2, 2001) if not small[n]]
    seg_count = 0
    seg_sum = 0
    low = 1000000
    for _ in range(4):
        primes = segment(base, low, low + limit // 8)
        seg_count += len(primes)
        seg_sum = (seg_sum + sum(primes)) % 1000000007
        low += limit // 8
    return count, twins, widest, total % 1000000007, seg_count, seg_sum


print("sieve", N, *run(N))
