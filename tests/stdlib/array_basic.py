# array.array: construction, item access, slicing (copies), mutation, operators, repr.
from array import array

for code in "bBhHiIlLqQfd":
    a = array(code, [1, 2, 3])
    print(code, a, len(a), a.itemsize >= 1, a.typecode, a[0], a[-1], list(a))

print(array("i"), repr(array("d", [1.5, -2.25])), array("f", [0.5]))
print(array("b", [-128, 127]), array("B", [0, 255]), array("h", [-32768, 32767]))
print(array("q", [-2**63, 2**63 - 1]), array("Q", [2**64 - 1]))

# construction from bytes, another array, a generator, a range
print(array("h", b"\x01\x00\x02\x00"), array("i", array("b", [5, 6])))
print(array("H", (x * x for x in range(5))), array("l", range(3)))

# slicing copies
a = array("i", range(10))
s = a[2:5]
s[0] = 100
print(a, s, a[::3], a[::-4], a[8:2:-2])

# slice assignment, deletion, growth
a[1:3] = array("i", [-1, -2, -3])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[0]
del a[1:4]
del a[::2]
print(a)

# methods
a = array("h")
a.append(7)
a.extend([8, 9])
a.extend(array("h", [10]))
a.insert(0, 6)
a.insert(-1, 42)
print(a, a.pop(), a.pop(0), a.index(42), a.count(8))
a.remove(42)
a.reverse()
print(a, a.tolist(), a.tobytes())
a.frombytes(b"\x05\x00")
b = array("h", a)
b.byteswap()
print(a, b)

# operators
x = array("d", [1.0, 2.0])
y = x + array("d", [3.5])
x += array("d", [4.0])
print(y, x, x * 2, 2 * array("b", [1]))
z = array("b", [1, 2])
z *= 3
print(z)

# comparisons are item by item
print(array("b", [1, 2]) == array("h", [1, 2]), array("b", [1, 2]) < array("b", [1, 3]))
print(array("i", [1, 2]) < array("i", [1, 2, 0]), array("f", [1.5]) == array("d", [1.5]))
print(array("B", [1]) == b"\x01", array("i", [5]) != array("i", [6]))

# membership and iteration
print(3 in array("i", [1, 2, 3]), 2.5 in array("f", [2.5]), "a" in array("b", [97]))
print([x * 2 for x in array("H", [1, 2, 3])], sum(array("d", [0.25, 0.5])))

# bytes and bytearray from an array take its raw bytes
print(bytes(array("h", [1, 2])), bytearray(array("b", [65, 66])))

# errors
for bad in ("z", "bb", "", 1):
    try:
        array(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, repr(bad))
try:
    array("i", [1])[5]
except IndexError:
    print("IndexError")
try:
    array("i", ["x"])
except TypeError:
    print("TypeError")
try:
    array("b").pop()
except IndexError:
    print("IndexError")
try:
    hash(array("b"))
except TypeError:
    print("TypeError")

# a subclass
class Samples(array):
    def mean(self):
        return sum(self) / len(self)

s = Samples("d", [1.0, 2.0, 6.0])
print(s.mean(), len(s), s[1], isinstance(s, array))
