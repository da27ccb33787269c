del a
del a, b
del (c, d)
del obj.attr
del obj[0]
del obj[1:2]
del obj.x.y[3]
def f():
    x = 1
    del x
    global g
    del g
