# nonlocal declarations
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    print(inner(), inner(), x)
outer()
def make_acc():
    total = 0
    count = 0
    def add(v):
        nonlocal total, count
        total += v
        count += 1
        return total / count
    return add
acc = make_acc()
print(acc(10), acc(20), acc(0))
def deep():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v += "c"
        nonlocal v
        v += "b"
        inner()
    mid()
    return v
print(deep())
def nl_vs_local():
    x = "outer"
    def f():
        x = "inner local"
        return x
    f()
    return x
print(nl_vs_local())
def loop_closure():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(5):
        bump()
    return n
print(loop_closure())
