# printf-style formatting with strings
print("%s" % "x", "%s-%s" % ("a", "b"), "%r" % "q", "%s" % [1, "a"], "%s" % (("t", 1),))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7}, "%(x)s %(x)r" % {"x": "rep"})
print("%c%c%c" % (72, 105, 33), "%%", "100%%" % (), "%s%%" % 5)
print("%s" % None, "%s" % True, "%r" % None, "%s %s" % (1.5, -2))
print("%*s|%-*s|" % (5, "r", 4, "l"), "%.*s" % (2, "trunc"))
for fmt, args in [("%s %s", ("only",)), ("%s", ("a", "b")), ("%d", "s"), ("%z", 1), ("%(k)s", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__)
