# printf-style formatting of floats
x = 3.14159265
print("%f %.2f %.0f %10.3f %-10.3f| %+.1f %010.2f" % (x, x, x, x, x, x, x))
print("%e %.3e %E %g %G %.3g" % (x, x, x, x, 1e-10, 12345.678))
print("%s %r" % (x, 0.1 + 0.2))
print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.5, -0.05))
print("%5.1f%%" % 99.44, "%.3s" % 1.23456)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%g %g %g %g" % (100000.0, 1000000.0, 0.0001, 0.00001))
print("%d %i" % (3.7, -2.9), "%x" % 255)
print("%.15g %.17g" % (0.1, 0.1))
print("%(v).2f and %(v)g" % {"v": 2.0})
