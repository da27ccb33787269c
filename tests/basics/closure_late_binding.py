# closures capture variables, not values
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        def g():
            return j * 10
        out.append(g)
    j = 99
    return out
print([g() for g in make()])
def binder(v):
    return lambda: v
bs = [binder(k) for k in "abc"]
print([b() for b in bs])
def cell_update():
    x = 1
    get = lambda: x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(cell_update())
def shared():
    val = []
    def push(v):
        val.append(v)
    def show():
        return list(val)
    return push, show
push, show = shared()
push(1); push(2)
print(show())
