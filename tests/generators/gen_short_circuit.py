# consumers that stop early leave generators suspended
log = []
def watched(vals):
    for v in vals:
        log.append(v)
        yield v
print(any(x > 2 for x in watched([1, 3, 5, 7])), log)
log.clear()
print(all(x < 2 for x in watched([1, 3, 5])), log)
log.clear()
print(next(x for x in watched(range(10)) if x * x > 20), log)
log.clear()
print(2 in watched([1, 2, 3]), log)
log.clear()
g = watched("abcdef")
print("c" in g, log, list(g))
log.clear()
first, second = list(zip(watched([1, 2, 3]), "xy"))
print(first, second, log)
