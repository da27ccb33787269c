# heapq: the heap layout after each operation is the same as CPython's, item for item.
import heapq
s = 7
def r():
    global s
    s = (s * 1103515245 + 12345) % 2**31
    return s % 1000
for trial in range(30):
    h = []
    for i in range(trial):
        heapq.heappush(h, r())
    l = [r() for i in range(trial)]
    heapq.heapify(l)
    print(h, l)
    if l:
        print(heapq.heapreplace(l, r()), heapq.heappushpop(l, r()), l)
    print(heapq.nsmallest(3, h), heapq.nlargest(3, h, key=lambda x: -x))
    out = [heapq.heappop(h) for i in range(len(h))]
    print(out)

for f in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        f()
    except IndexError:
        print("IndexError")
try:
    heapq.heappush((), 1)
except TypeError:
    print("TypeError")
print(heapq.heappushpop([], 5), heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 3))
h = [(2, "b"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(h, heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(5, [1, 3, 2]))
