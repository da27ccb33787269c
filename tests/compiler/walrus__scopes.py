vals = [y := v * 2 for v in range(3)]
print(y)

def f(data):
    total = 0
    [total := total + d for d in data]
    return total

def g():
    global z
    return [z := 1 for _ in range(2)]
