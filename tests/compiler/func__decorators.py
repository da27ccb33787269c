@dec
def f():
    pass

@dec1
@dec2
def g():
    pass

@mod.dec
def h():
    pass

@dec(1, 2)
def i():
    pass

@mod.sub.dec(x=1)
def j():
    pass

@micropython.bytecode
def k():
    pass
