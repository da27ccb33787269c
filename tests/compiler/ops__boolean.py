r = a and b
r = a or b
r = a and b and c
r = a or b or c
r = a and b or c
r = a or (b and c)
r = not (a and b)
