# dict comprehensions keep insertion order and overwrite duplicates
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({c: i for i, c in enumerate("hello")})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({x: [y for y in range(x)] for x in range(4)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({})
print({x % 3: x for x in range(10)})
d = {str(i): i for i in range(3)}
print(d, len(d), list(d))
print({(a, b): a * b for a in range(2) for b in range(2)})
try:
    {[1]: 2 for _ in range(1)}
except TypeError:
    print("TypeError")
