# printf-style formatting of integers
print("%d %i %u" % (42, -42, 7))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%d" % (2 ** 100), "%x" % (2 ** 100), "%o" % -(2 ** 40))
print("%d%%" % 50, "%c" % 65, "%c" % "z")
print("%s and %r" % (10, 10), "%(a)d-%(b)03d" % {"a": 1, "b": 2})
print("%*d|%-*d|" % (6, 1, 4, 2), "%.3d" % 7)
print("%d" % 3.99, "%d" % -3.99, "%d" % True)
for fmt, arg in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2))]:
    try:
        print(fmt % arg)
    except TypeError:
        print("TypeError")
