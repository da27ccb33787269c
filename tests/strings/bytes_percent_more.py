# printf-style % on bytes and bytearray
print(b"%s|%5s|%-5s|%.1s" % (b"ab", b"cd", bytearray(b"ef"), b"gh"), b"%b" % b"raw\xff")
print(b"%d %5d %-3d| %x %X %o %c %c" % (1, 2, 3, 255, 255, 8, 65, b"Z"))
print(b"%.2f %e %g" % (3.14159, 1234.5, 0.5), b"%r %a" % (b"x", "\xe9"), b"%%" % ())
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 5}, b"%s" % b"mv")
print(bytearray(b"%s-%d") % (b"x", 9), type(bytearray(b"%s") % b"y").__name__)
class WithBytes:
    def __bytes__(self):
        return b"<wb>"
print(b"[%s]" % WithBytes(), b"%s" % bytearray(b"ba"), b"%c" % 255)
for bad in [(b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"),
            (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"abc", b"x"), (b"%(k)s", {"k": b"v"})]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(bad[0], type(e).__name__)
