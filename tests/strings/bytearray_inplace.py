# bytearray += and *= change the object in place; + and * make new objects
a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"e")
print(a, alias, a is alias)
a *= 2
print(a, alias is a)
a += bytes(a)
print(a, len(alias))
b = a + b"!"
print(type(b).__name__, b, a, b is a)
print(a * 0, bytearray(b"xy") * 3, 2 * bytearray(b"z"), type(3 * bytearray(b"q")).__name__)
c = bytearray(b"x")
c *= 0
print(c, len(c))
for bad in [lambda: bytearray(b"a") + "b", lambda: bytearray(b"a") * "2", lambda: "b" + bytearray(b"a")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
d = bytearray(b"12")
try:
    d += "34"
except TypeError:
    print("TypeError", d)
print(bytearray(b"a") == b"a", bytearray(b"a") != bytearray(b"b"), bytearray(b"ab") < b"b", bytearray() == "")
