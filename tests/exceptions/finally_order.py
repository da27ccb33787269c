# finally blocks of nested calls run innermost first
order = []
def inner():
    try:
        order.append("inner body")
        raise ValueError("x")
    finally:
        order.append("inner finally")
def middle():
    try:
        inner()
    finally:
        order.append("middle finally")
def outer():
    try:
        middle()
    except ValueError:
        order.append("outer except")
    finally:
        order.append("outer finally")
outer()
print(order)
order = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        order.append("gen finally")
for v in gen():
    order.append(v)
print(order)
order = []
g = gen()
next(g)
g.close()
print(order)
