def f():
    return 1
    x.attr = "dead string"
    g(1.5)

def g():
    raise ValueError
    y = obj.method("more")

for i in range(3):
    break
    z = i.real
else:
    pass

while True:
    continue
    w = "unreached"

if False:
    never.seen = "x"
else:
    kept = 1

while False:
    gone = "y"
