# sorted() builds its result list and the keys in the heap and sorts them in place: any
# iterable, keys that allocate (so collections run mid-sort), exceptions from a key or a
# comparison, and the source left untouched.
gen = (x * 7 % 11 for x in range(11))
print(sorted(gen), sorted("hello"), sorted({3: "a", 1: "b"}), sorted({5, 2, 9}))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"] * 30
print(sorted(words, key=lambda w: (len(w), w))[:6], sorted(words, key=len, reverse=True)[:3])
src = list(range(200, 0, -3))
out = sorted(src, key=lambda v: [v % 7, str(v), (v,)])
print(out[:5], src[:3], len(out) == len(src))
print(sorted(range(1000), key=lambda v: -v)[:3], sorted([], key=len), sorted((2, 1)))


def bad_key(v):
    if v == 3:
        raise ValueError("key failed")
    return v


try:
    sorted([5, 4, 3, 2], key=bad_key)
except ValueError as e:
    print("ValueError", e)
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError")
