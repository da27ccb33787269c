# f-strings with format specs and conversions
v = 1234.5678
i = 255
s = "text"
print(f"{v:.2f}|{v:10.1f}|{v:<10.1f}|{v:,.3f}|{v:e}|{v:g}")
print(f"{i:d}|{i:5d}|{i:05d}|{i:x}|{i:X}|{i:#x}|{i:o}|{i:b}|{i:,}|{i:+}")
print(f"{s:>8}|{s:<8}|{s:^8}|{s:*^9}|{s:.2}|{s:8.2}|")
print(f"{s!r:>10}|{42!r}|{'q'!s:3}|")
prec = 3
print(f"{v:.{prec}f}", f"{v:{'>'}{12}.{prec}f}", f"{i:{'x'}}")
print(f"{-7:05}", f"{7:+05}", f"{0.5:.0%}", f"{1e-7:.2e}")
print(f"{'left':<6}{'mid':^7}{'right':>7}")
