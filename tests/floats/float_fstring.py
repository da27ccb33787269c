# f-strings with float format specs
pi = 3.141592653589793
w, p = 12, 4
print(f"{pi}", f"{pi:.3f}", f"{pi:{w}.{p}f}|", f"{pi:<{w}}|", f"{pi:e}")
print(f"{-pi:+.2f}", f"{pi:08.3f}", f"{pi * 1e6:,.1f}", f"{pi / 100:.2%}")
print(f"{1e-3:g}", f"{1e20:g}", f"{123.456:.1e}", f"{0.1 + 0.2!r}", f"{0.5!s}")
vals = [1.0, 22.75, 333.125]
for v in vals:
    print(f"|{v:>10.2f}|{v:^10.1f}|{v:<8g}|")
print(f"{'x'}{1.5}{None}")
print(f"{2.5:.0f} {3.5:.0f} {-2.5:.0f}")
