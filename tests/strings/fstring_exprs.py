# f-strings: expressions with colons in brackets, conversions, self-documenting fields
x, name, items = 7, "Bob", [3, 1, 2]
print(f"{x}|{x!r}|{name!r}|{name!s:>5}|{name!a}|{x:>4}|{x:04}|{x:{x}}|")
print(f"{items[1:]}|{(lambda v: v * 2)(x)}|{ {'k': x}['k'] }|{x if x > 5 else 0}|{sorted(items)}")
print(f"{x=}|{x = }|{x*2=}|{name=}|{name=!s}|{x=:5d}|{3.5=:.2f}|{items[0]=}")
print(f"{{}}{{{x}}}|{'a' 'b'}|{x:#x}|{x:b}|{x / 2:.3f}|{-x:+}|{x:,}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]", f"[{name:^{w}}]", f"[{name:*<{w}}]", f"{x!r:>{w}}|")
print(f"{'nested ' + f'{x}'}", f"{len(name)}", f"{name.upper()[::-1]}", f"{x != 7}", f"{x == 7}")
print(f"multi" f"part {x}", f"{x}" + "{plain}")
