for a in x:
    for b in y:
        if b:
            break
        for c in z:
            continue
    while a:
        break

def f():
    for x in items:
        for y in x:
            if y:
                return y
    return None
