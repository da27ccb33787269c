# LEGB name resolution
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_wins():
    x = "local"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(local_wins())
print(len("builtin"))
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_later_global():
    return later
later = "defined after function"
print(uses_later_global())
def class_scope():
    y = 1
    class Inner:
        y = 2
        def m(self):
            return y
    return Inner().m(), Inner.y
print(class_scope())
def unbound_local():
    try:
        print(x)
        x = 5
    except NameError as e:
        return type(e).__name__
print(unbound_local())
def param_shadow(x):
    return x
print(param_shadow("param"), x)
