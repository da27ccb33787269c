# Sorting: list.sort and sorted() on ints, strings and tuples, with key functions
# and reverse=True, next to hand-written merge sort, heap sort and insertion sort.
# Keys are made unique wherever order among equals could show, because
# MicroPython's sort is not stable.
import sys

DEFAULT_N = 6000
TINY_N = 50
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def lcg_values(count, seed, bound):
    out = []
    for _ in range(count):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        out.append((seed >> 7) % bound)
    return out


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def sift_down(a, start, end):
    root = start
    while True:
        child = 2 * root + 1
        if child > end:
            return
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heap_sort(a):
    end = len(a) - 1
    for start in range((end - 1) // 2, -1, -1):
        sift_down(a, start, end)
    while end > 0:
        a[0], a[end] = a[end], a[0]
        end -= 1
        sift_down(a, 0, end)
    return a


def insertion_sort(a):
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def digest(items):
    h = 0
    for i in range(0, len(items), 7):
        h = (h * 1000003 + hash_item(items[i])) % 1000000007
    return h


def hash_item(item):
    if isinstance(item, int):
        return item
    if isinstance(item, str):
        h = 0
        for ch in item:
            h = h * 31 + ord(ch)
        return h
    h = 0
    for part in item:
        h = h * 17 + hash_item(part)
    return h


def run(n, seed):
    ints = lcg_values(n, seed, 1000000)
    results = []

    a = ints[:]
    a.sort()
    results.append(digest(a))
    results.append(digest(sorted(ints, reverse=True)))

    words = ["k%06d" % v for v in ints]
    results.append(digest(sorted(words)))
    # Unique keys: the index breaks ties.
    tagged = [(v % 1000, i) for i, v in enumerate(ints)]
    results.append(digest(sorted(tagged, key=lambda t: (t[0], -t[1]))))
    results.append(digest(sorted(range(n), key=lambda i: (ints[i] % 977, i))))

    merged = merge_sort(ints[:])
    results.append(merged == a)
    heaped = heap_sort(ints[:])
    results.append(heaped == a)
    small = ints[: n // 10]
    results.append(insertion_sort(small[:]) == sorted(small))
    return results


# Several rounds of a moderate size rather than one huge list: the whole working
# set stays well inside MicroPython's default 2 MB heap.
for seed in (7, 8, 9, 10):
    print("sorting", N, seed, *run(N, seed))
