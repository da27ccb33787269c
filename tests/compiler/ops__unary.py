r = -a
r = +a
r = ~a
r = not a
r = - - a
r = -(a + b)
r = not not a
