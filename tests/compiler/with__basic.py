with open("f") as f:
    data = f.read()

with lock:
    count += 1

with a as x, b as y:
    print(x, y)

with a() as (p, q):
    pass

def f():
    with ctx() as c:
        return c.value
