# global declarations
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter, inc())
def make():
    global created
    created = "yes"
make()
print(created)
x = "module"
def reader():
    return x
def shadow():
    x = "local"
    return x
print(reader(), shadow(), x)
def unbound():
    try:
        print(x)
    except NameError as e:
        print("NameError subclass:", isinstance(e, NameError))
    x = 1
unbound()
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested()
print(x)
def g2():
    global a, b
    a, b = 1, 2
g2()
print(a, b)
def deleter():
    global a
    del a
deleter()
print("a" in globals())
