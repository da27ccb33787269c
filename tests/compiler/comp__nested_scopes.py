def f(m):
    return [[x * m for x in row] for row in m]

def g(n):
    return {k: [v for v in range(k) if v != n] for k in range(n)}

x = [lambda: i for i in range(3)]
