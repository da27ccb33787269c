# str.format specs on strings and numbers, nested spec fields, conversions
print("[{:>8}][{:<8}][{:^8}][{:*^9}][{:.3}][{:8.3}]".format("ab", "cd", "ef", "gh", "abcdef", "xyz12"))
print("[{:{w}}][{:>{w}}][{:{f}^{w}}][{:{}.{}f}]".format("a", "b", "c", 3.14159, 9, 2, w=6, f="~"))
print("{0!r:^12}|{0!s:>4}|{0!a}|{1!r}".format("é", [1, "x"]))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:05d} {:x} {:#X} {:o} {:b} {:,} {:_}".format(
    42, 42, 42, 42, 42, -42, 255, 255, 8, 5, 1234567, 1234567))
print("{:.2f} {:8.3f} {:e} {:.2E} {:g} {:%} {:.1%} {:+.0f}".format(3.14159, 2.5, 12345.678, 0.00012, 1e-7, 0.5, 0.125, 2.5))
print("{:c}{:c}".format(72, 105), "{:>3}".format(True), "{}".format(None), "{:^7}".format(12))
print("{:=+8}|{:=8}|{:0=8}".format(5, -5, -5), "{:010.2f}".format(-1.5), "{:#b}".format(10))
class Money:
    def __format__(self, spec):
        return "$" + (spec or "plain")
print("{} {:fancy} {!s}".format(Money(), Money(), "s"), format(Money(), "x"), format(3, "04"))
for bad in ["{:d}", "{:s}", "{:=5}", "{:+}", "{:,s}", "{:zz}"]:
    try:
        print(bad.format("text"))
    except ValueError:
        print(bad, "ValueError")
for bad in ["{:s}", "{:q}", "{:,c}"]:
    try:
        print(bad.format(5))
    except ValueError:
        print(bad, "ValueError")
