# dict union operators | and |=
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError:
    print("TypeError")
print({} | {}, {1: 1} | {}, {**a, **b} == a | b)
