# bytearray mutation
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba), ba[0], ba[-1])
ba.append(33)
ba.extend(b" ok")
ba.extend([63, 63])
print(ba)
ba[1:3] = b"EEEE"
print(ba)
ba[2:4] = b""
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.insert(0, 95)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, bytes(ba))
for bad in (256, -1):
    try:
        ba[0] = bad
    except ValueError:
        print("ValueError", bad)
try:
    ba.append("x")
except TypeError:
    print("TypeError")
print(bytearray(3), bytearray([1, 2]), bytearray("\xe9", "utf-8"), bytearray(b"x") == b"x")
c = bytearray(b"abc")
d = c
c += b"d"
print(c is d, d)
c.clear()
print(c, d)
