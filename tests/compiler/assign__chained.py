a = b = 0
x = y = z = [1, 2]
p.q = r[0] = s = 5
