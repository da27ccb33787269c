# bytearray append/extend/insert/pop/remove/reverse/clear/copy
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.extend(bytearray(b"i"))
b.extend(x for x in (106,))
print(b, len(b))
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("d"))
print(b)
b.reverse()
print(b)
c = b.copy()
c[0] = 0
print(b == c, c[0], b[0], type(c).__name__)
b.extend(b)
print(b, len(b))
b.clear()
print(b, len(b), bool(b))
e = bytearray()
for bad in [lambda: e.pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
            lambda: e.append(256), lambda: e.append(-1), lambda: e.append("a"), lambda: e.extend("ab"),
            lambda: e.extend(5), lambda: e.extend([1, 300]), lambda: e.insert(0, b"a")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e2:
        print(type(e2).__name__)
big = bytearray()
for i in range(3000):
    big.append(i % 256)
print(len(big), big[255], big[256], big[-1], sum(big) % 1000)
