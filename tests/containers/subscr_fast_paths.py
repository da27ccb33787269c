# Indexing lists and bytearrays with small ints in and out of range, negative, with bad
# values and subclasses: the inline paths must behave exactly as the generic ones.
l = [10, 20, 30]
b = bytearray(b"\x01\x02\x03")
for i in (0, 2, -1, -3, 3, -4, 2**40):
    for seq in (l, b):
        try:
            print(seq[i], end=" ")
        except IndexError as e:
            print("IE", e, end=" ")
    print()
for i in (0, -1, 3, -4):
    try:
        l[i] = 99
        print(l)
    except IndexError as e:
        print("IE", e)
    try:
        b[i] = 200
        print(b)
    except IndexError as e:
        print("IE", e)
for v in (255, 256, -1, "x", 1.5):
    try:
        b[0] = v
        print(b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("set", i, v)
s = L([1, 2])
print(s[0])
s[1] = 5
print(list(s))
del l[0]
print(l)
for i in range(3):
    l[i % 2] += i
print(l)
