# Sorting applies its permutation in place, cycle by cycle, to the items and their keys: lists
# of many sizes, with duplicates (stability), keys, reverse=True, and a key function that
# changes the list being sorted.
seed = 12345


def rand(bound):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % bound


for n in (0, 1, 2, 3, 5, 8, 17, 64, 100, 257, 1000):
    a = [rand(n // 2 + 1) for _ in range(n)]
    tagged = [(x, i) for i, x in enumerate(a)]
    s1 = sorted(a)
    s2 = sorted(tagged, key=lambda t: t[0])
    s3 = sorted(tagged, key=lambda t: t[0], reverse=True)
    b = a[:]
    b.sort(key=lambda x: -x)
    ok = s1 == sorted(a, key=lambda x: x) and [t[0] for t in s2] == s1
    stable = all(s2[i][1] < s2[i + 1][1] for i in range(n - 1) if s2[i][0] == s2[i + 1][0])
    stable_rev = all(s3[i][1] < s3[i + 1][1] for i in range(n - 1) if s3[i][0] == s3[i + 1][0])
    print(n, ok, stable, stable_rev, b == s1[::-1], sum(i * x for i, x in enumerate(s1)))

victim = [5, 3, 1, 4, 2]


def meddle(x):
    if len(victim) == 5:
        victim.append(0)
    return x


victim.sort(key=meddle)
print(sorted(victim)[:5], len(victim) in (5, 6))
