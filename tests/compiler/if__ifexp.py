x = a if b else c
y = (a if b else c) + 1
z = a if b else c if d else e
w = 1 if True else 2
v = 1 if False else 2
