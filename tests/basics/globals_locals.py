# globals() and locals()
x = 1
g = globals()
print(g["x"], "x" in g, "nosuch" in g)
g["made_via_globals"] = "yes"
print(made_via_globals)
print(globals() is g)
print(sorted(k for k in globals() if not k.startswith("__")))
print(locals() is globals())
# locals() inside a function is not tested: bytecode keeps no local variable names, so it
# returns the module's globals as on MicroPython (docs/differences.md).
def uses_global():
    return globals()["x"] + 1
print(uses_global())
