# ranges whose bounds or length exceed the small-int range report them as big ints
import sys

m = sys.maxsize
r = range(-m + 1, -1)
print(r.start == -m + 1, r.stop, r.step, r[0] == -m + 1, r[-1], len(r) == m - 2)
r = range(m, 0, -1)
print(r.start == m, len(r) == m, r[1] == m - 1, next(iter(r)) == m)
r = range(2**62, 2**62 + 10, 3)
print(r.start, r.stop, len(r), list(r))
