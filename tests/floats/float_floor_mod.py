# floor division and modulo with floats
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.5, 0.25), (-0.0, 3.0),
         (5, 0.7), (-5, 0.7), (1e20, 3.0), (3.0, 1e20), (-3.0, 1e20), (0.0, -1.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(6.0 % 2, -6.0 % 2, 6.0 % -2)
try:
    1.5 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.5 % 0
except ZeroDivisionError:
    print("ZeroDivisionError")
