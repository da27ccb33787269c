a, b = c
[d, e, f] = g
(h, i), j = k
a, *rest = items
*init, last = items
first, *mid, last = items
[x] = y
