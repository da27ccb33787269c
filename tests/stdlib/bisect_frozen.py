# bisect (frozen into the runtime as .mpy): search and insertion in sorted lists.
import bisect

a = [1, 2, 2, 2, 5, 8]
for x in (0, 1, 2, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, hi=2))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

b = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)

# key= searches by the key of the items; insort applies key to the new item too.
words = ["a", "bb", "dddd"]
print(bisect.bisect_left(words, 3, key=len), bisect.bisect_right(words, 2, key=len))
bisect.insort(words, "ccc", key=len)
print(words)

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
