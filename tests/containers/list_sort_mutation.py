# list.sort moves the items aside while it sorts (as CPython): the list looks empty to a key
# function or comparison, a change made to it meanwhile is dropped and reported, and an
# exception leaves the items as they were.
a = [3, 1, 2]


def grow(x):
    a.append(x)
    return x


try:
    a.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(a)

seen = []
b = [5, 3, 9, 1]
b.sort(key=lambda x: seen.append(len(b)) or x)
print(b, seen)

c = [3, "x", 1, 2]
try:
    c.sort()
except TypeError:
    print("TypeError")
print(c)


def fail_on_nine(x):
    if x == 9:
        raise KeyError(x)
    return -x


d = [4, 9, 1]
try:
    d.sort(key=fail_on_nine)
except KeyError as e:
    print("KeyError", e)
print(d)


class L(list):
    pass


e = L([1, 3, 2])
e.sort(reverse=True)
print(e, type(e).__name__)

f = [3, 1, 2]


def clear_all(x):
    f.clear()
    return x


f.sort(key=clear_all)
print(f)

big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == sorted(big))
