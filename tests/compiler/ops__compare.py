r = a < b
r = a > b
r = a == b
r = a <= b
r = a >= b
r = a != b
r = a in b
r = a not in b
r = a is b
r = a is not b
r = a < b < c
r = a < b <= c != d
r = 0 < x < 10
