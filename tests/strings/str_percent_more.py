# printf-style % on str: flags, widths, precisions, *, mappings and argument counting
print("%5s|%-5s|%.2s|%5.1s|%-6.3s|" % ("abc", "abc", "abc", "xyz", "hello"))
print("%d %i %u %5d %-5d| %05d %+d % d %.3d" % (1, 2, 3, 4, 5, -6, 7, 8, 9))
print("%x %X %#x %#X %o %#o %08.3x" % (255, 255, 255, 255, 8, 8, 10))
print("%f %.2f %10.3f %-10.1f| %e %.1E %g %G %#g" % (3.14159, 3.14159, 2.5, 2.5, 1234.5, 0.00015, 1e-9, 1e20, 1.0))
print("%c%c%c" % (72, "i", 0x263A), "%r %s %a" % ("é", "é", "é"), "%s" % [1, "a"], "%s" % (None,))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.0))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%(x)s %%" % {"x": 1})
print("%d%%" % 50, "%%" % (), "100%%" % {}, "%s" % {"k": 1}, "%ld %hd %Lf" % (1, 2, 3.0))
print("%d %d" % (True, 2.9), "%x" % True, "%s %s" % ("a", 1), "abc" % (), "abc" % {})
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%5.1f%%" % 99.44, "%i" % -0)
for bad in [("%d", "x"), ("%x", 1.5), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)),
            ("%y", 1), ("%", ()), ("%(k", {"k": 1}), ("%c", "ab"), ("%c", -1), ("%*d", ("x", 1)),
            ("%f", "x"), ("abc", 5), ("%(k)s", {}), ("%5%", ())]:
    try:
        print(repr(bad[0] % bad[1]))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(bad[0]), type(e).__name__)
