# A log-processing pipeline built from generators: reading, parsing, filtering, windowed
# aggregation, and yield from delegation, with send() and close() on a coroutine-style sink.
def read_lines():
    seed = 42
    for n in range(200):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        level = ("INFO", "WARN", "ERROR", "DEBUG")[seed % 4]
        svc = ("api", "db", "cache")[(seed >> 4) % 3]
        ms = (seed >> 8) % 500
        yield f"{n:04d} {level} {svc} {ms}ms"


def parse(lines):
    for line in lines:
        n, level, svc, ms = line.split()
        yield {"n": int(n), "level": level, "svc": svc, "ms": int(ms[:-2])}


def only(records, *levels):
    return (r for r in records if r["level"] in levels)


def windows(records, size):
    buf = []
    for r in records:
        buf.append(r)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(groups):
    for g in groups:
        yield from g


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        if v is None:
            return (count, total)
        total += v
        count += 1
        avg = total / count


recs = list(parse(read_lines()))
print(len(recs), recs[0], recs[-1])
bad = list(only(iter(recs), "WARN", "ERROR"))
print(len(bad), sum(r["ms"] for r in bad))
for i, w in enumerate(windows(bad, 25)):
    slow = max(w, key=lambda r: r["ms"])
    print(i, len(w), slow["n"], slow["svc"], slow["ms"])
print(sum(1 for _ in flatten(windows(recs, 7))) == len(recs))

avg = averager()
next(avg)
for r in recs[:10]:
    a = avg.send(r["ms"])
print(round(a, 3))
avg.throw(ValueError)
for r in recs[10:15]:
    a = avg.send(r["ms"])
print(round(a, 3))
try:
    avg.send(None)
except StopIteration as e:
    print("done", e.value)

by_svc = {}
for r in recs:
    by_svc.setdefault(r["svc"], []).append(r["ms"])
for svc, times in sorted(by_svc.items()):
    print(svc, len(times), min(times), max(times), sum(times) // len(times))


def chain(*its):
    for it in its:
        yield from it


g = chain(range(3), "ab", (x * x for x in range(3)))
print(list(g))
gen = (r["n"] for r in recs if r["ms"] > 450)
print(next(gen), next(gen))
gen.close()
print(list(gen))
