a, b = b, a
x, y, z = z, x, y
p.a, q[0] = q[0], p.a
m, n = 1, 2
u, v, w, t = t, w, v, u
