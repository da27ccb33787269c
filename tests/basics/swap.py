# swapping and rotating values with tuple assignment
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "x", "y", "z"
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
# right-hand side evaluated fully before assigning left to right
i, lst[i] = 2, 99
print(i, lst)
# fibonacci with swap
x, y = 0, 1
out = []
for _ in range(12):
    out.append(x)
    x, y = y, x + y
print(out)
# swap in a dict
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)
# reverse a list in place by swapping
r = list(range(7))
lo, hi = 0, len(r) - 1
while lo < hi:
    r[lo], r[hi] = r[hi], r[lo]
    lo, hi = lo + 1, hi - 1
print(r)
