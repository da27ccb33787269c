if True:
    a = 1
if False:
    b = 2
if 0:
    c = 3
else:
    c = 4
if 1:
    d = 5
else:
    d = 6
if x:
    e = 7
elif True:
    e = 8
else:
    e = 9
if x:
    f = 1
elif False:
    f = 2
else:
    f = 3
if "":
    g = 1
if ():
    h = 1
if (1, 2):
    i = 1
if None:
    j = 1
