def f(n):
    return [x + n for x in range(n)]

def g(items, k):
    return {i: k for i in items}

def h(data):
    m = 2
    return sum(x * m for x in data)
