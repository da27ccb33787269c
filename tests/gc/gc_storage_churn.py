# Lists, bytearrays and dicts grow, shrink and die in random order (a fixed pseudo-random
# sequence), so storage keeps growing in place, sliding down into freed blocks below it and
# moving, freed blocks merge with their neighbours, and full-heap collections trim lists.
# Every size and sum must match CPython's.
state = 1


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n


slots = [None] * 24
total = 0
for step in range(2500):
    i = rnd(24)
    op = rnd(9)
    x = slots[i]
    if op == 0 or x is None:
        kind = rnd(3)
        if kind == 0:
            slots[i] = [step] * rnd(50)
        elif kind == 1:
            slots[i] = bytearray(rnd(1500))
        else:
            slots[i] = {k: k for k in range(rnd(40))}
    elif op == 1:
        slots[i] = None
    elif isinstance(x, list):
        for k in range(rnd(300)):
            x.append(k)
        if rnd(4) == 0:
            del x[: len(x) // 2]
        total += len(x) + (x[-1] if x else 0)
    elif isinstance(x, bytearray):
        x.extend(b"ab" * rnd(300))
        if rnd(3) == 0:
            x[:] = x[: len(x) // 3]
        total += len(x) + (x[-1] if x else 0)
    else:
        base = len(x)
        for k in range(rnd(200)):
            x[(base + k) * 7] = k
        if rnd(3) == 0:
            for k in list(x)[: len(x) // 2]:
                del x[k]
        total += len(x)
    if step % 250 == 0:
        print(step, total)
print("done", total)
