# divmod with floats keeps q*b + r close to a and r's sign like b
cases = [(10.0, 3.0), (-10.0, 3.0), (10.0, -3.0), (-10.0, -3.0), (0.75, 0.5), (1e10, 7.0),
         (2.5, 0.5)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, q, r, abs(q * b + r - a) < 1e-9, (r == 0) or ((r < 0) == (b < 0)))
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(divmod(float("inf"), 1.0)[1] != divmod(float("inf"), 1.0)[1])
