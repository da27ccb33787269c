name = "x"
value = 3.5
print(f"{name}={value:.2f}")
print(f"{name!r} {value!s:>10} {{literal}}")
print(f"{'nested' + name}")
width = 8
print(f"{value:{width}}")
