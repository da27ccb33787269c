if a:
    x = 1
else:
    if b:
        x = 2

if a:
    x = 1
elif b:
    x = 2

if a:
    x = 1
else:
    if b:
        x = 2
    else:
        x = 3
