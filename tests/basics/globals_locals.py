# globals() and locals()
x = 1
g = globals()
print(g["x"], "x" in g, "nosuch" in g)
g["made_via_globals"] = "yes"
print(made_via_globals)
print(globals() is g)
print(sorted(k for k in globals() if not k.startswith("__")))
print(locals() is globals())
def f(a, b=2):
    c = a + b
    return sorted(locals())
print(f(1))
def h():
    return list(locals())
print(h())
def uses_global():
    return globals()["x"] + 1
print(uses_global())
