# break and continue interacting with finally
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body%d" % i)
    finally:
        log.append("fin%d" % i)
print(log)
log = []
i = 0
while True:
    i += 1
    try:
        try:
            if i == 2:
                raise ValueError
            if i == 4:
                break
        except ValueError:
            log.append("caught")
            continue
        finally:
            log.append("inner%d" % i)
    finally:
        log.append("outer%d" % i)
print(log)
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())
