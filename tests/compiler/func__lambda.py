f = lambda: 1
g = lambda x: x * 2
h = lambda x, y=3: x + y
i = lambda *a, **k: (a, k)
j = lambda: (yield)
k = lambda x: lambda y: x + y
