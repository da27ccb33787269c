# The sieve of Eratosthenes three ways (list of flags, bytearray with slice assignment, a
# generator of primes by trial division) and checks that they agree.
def sieve_list(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]


def sieve_bytes(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i :: i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if flags[i]]


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


a = sieve_list(5000)
b = sieve_bytes(5000)
g = primes()
c = [next(g) for _ in range(len(a))]
print(len(a), a[:10], a[-3:])
print(a == b == c)
twins = [(p, q) for p, q in zip(a, a[1:]) if q - p == 2]
print(len(twins), twins[-2:])
gaps = {}
for p, q in zip(a, a[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8])
print(sum(a) % 1000003, max(q - p for p, q in zip(a, a[1:])))
