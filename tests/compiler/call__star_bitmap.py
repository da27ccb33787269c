f(a, *b, c, *d, e, *g)
f(*a, **b)
obj.m(*a, **b)
obj.m(x, **b)
