# cmdline: -X heapsize=8M
# Large dicts and sets: the hash index uses 16-bit slots up to 32768 entries and 32-bit ones
# above; lookups, deletions, re-insertion and popitem must work across both and across growth.
for n in (1500, 40000):
    d = {}
    for i in range(n):
        d[i * 7] = i
    print(n, len(d), d[7 * (n - 1)], d.get(5), sum(d.values()))
    for i in range(0, n, 2):
        del d[i * 7]
    print(len(d), sum(d), (7 * 2) in d, 7 in d)
    for i in range(0, n, 2):
        d[i * 7] = -i
    print(len(d), sum(d.values()))
    while len(d) > n - 10:
        d.popitem()
    print(len(d), sorted(d)[:3])
    s = {str(i) for i in range(min(n, 1500))}
    print(len(s), "1499" in s, "1500" in s)
    d.clear()
    d["k"] = 1
    print(d)
