# printf-style formatting on bytes
print(b"%d items" % 5, b"%s and %s" % (b"x", b"y"), b"%5d|%-5d|" % (1, 2))
print(b"%x %X %o" % (255, 255, 8), b"%c%c" % (65, b"B"), b"%%" % ())
print(b"%s" % bytearray(b"ba"), b"%.2f" % 3.14159, b"%b" % b"bb")
try:
    b"%s" % "str"
except TypeError:
    print("TypeError")
print(b"%-4s|" % b"ab", b"%4s|" % b"ab", b"%03d" % 7)
print(b"%(k)s" % {b"k": b"v"})
