obj.method()
obj.method(1, 2)
obj.method(*a)
obj.method(k=1)
obj.a.b.c(1)
obj.method().other()
obj[0].method()
"abc".upper()
x = obj.attr
y = obj.attr.attr2
z = f(1)(2)
w = obj.m(1)[2].n(3)
