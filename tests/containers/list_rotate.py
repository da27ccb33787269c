# rotating and chunking lists with slices
a = list(range(7))
for k in (0, 1, 3, -2, 7, 10):
    k2 = k % len(a)
    print(k, a[k2:] + a[:k2], a[-k2:] + a[:-k2] if k2 else a[:])
chunks = [a[i:i + 3] for i in range(0, len(a), 3)]
print(chunks)
print([a[i::3] for i in range(3)])
b = a[:]
b[:0] = b[-2:]
del b[-2:]
print(b)
print(list(zip(a, a[1:])), list(zip(a[::2], a[1::2])))
