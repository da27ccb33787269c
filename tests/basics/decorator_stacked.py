# stacked decorators apply bottom-up, run top-down
order = []
def tag(name):
    order.append("define " + name)
    def deco(f):
        order.append("apply " + name)
        def w(x):
            return "<%s>%s</%s>" % (name, f(x), name)
        return w
    return deco
@tag("a")
@tag("b")
@tag("c")
def text(x):
    return x
print(order)
print(text("hi"))
def double(f):
    return lambda x: f(x) * 2
def inc(f):
    return lambda x: f(x) + 1
@double
@inc
def ident(x):
    return x
@inc
@double
def ident2(x):
    return x
print(ident(5), ident2(5))
class Holder:
    @staticmethod
    @double
    def sm(x):
        return x + 100
print(Holder.sm(1), Holder().sm(2))
