# f-string basics
name = "Ada"
n = 3
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n + 1}", f"{n * 'ab'}", f"{items[-1]}", f"{d['k']}")
print(f"{name!r}", f"{name!s}", f"{items!r}", f"{len(items)} items")
print(f"{{literal braces}}", f"{{{n}}}", f"{'nested'}", f"{n if n > 2 else 0}")
print(f"{name.upper()}", f"{[x * 2 for x in items]}", f"{(lambda x: x + 1)(n)}")
print(f"", f"plain", f"{n}{n}{n}", f"{None}", f"{True}", f"{3.0}")
print(f"multi"
      f"part {n}")
width = 8
print(f"[{name:>{width}}]", f"[{name:<{width}}]", f"[{name:^{width}}]")
x = 10
print(f"x = {x}", f"{x}{x:>3}")
obj = {"a": [1, {"b": "deep"}]}
print(f"{obj['a'][1]['b']}")
