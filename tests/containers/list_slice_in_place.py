# Slices of lists: read into a new list, deleted and assigned in place (no copy of the
# list outside the heap), with every kind of step, empty and clamped bounds, and a list
# assigned into itself.
base = list(range(20))
for s in [slice(None), slice(2, 9), slice(None, None, 2), slice(None, None, -1), slice(15, 3, -3), slice(-5, None), slice(3, 3), slice(100, 200), slice(-100, 5, 4)]:
    l = base[:]
    print(l[s])
    d = base[:]
    del d[s]
    print(d)
for s, vals in [(slice(2, 5), [100]), (slice(2, 5), [1, 2, 3, 4, 5, 6]), (slice(0, 0), ['x']), (slice(18, 100), 'ab'), (slice(None), []), (slice(None, None, 3), list(range(7))), (slice(-1, 0, -5), 'abcd')]:
    l = base[:]
    try:
        l[s] = vals
    except ValueError as e:
        print("ValueError", e)
    print(l)
a = [1, 2, 3]
a[1:2] = a
print(a)
a = [1, 2, 3]
a[:] = a[::-1]
print(a)
big = list(range(10000))
del big[:5000]
print(len(big), big[0], big[-1])
del big[::2]
print(len(big), big[:3])
big[10:20] = range(1000)
print(len(big), big[9:12])
