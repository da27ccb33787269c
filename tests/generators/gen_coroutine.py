# generator-based coroutine patterns with send
def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def counter(target):
    n = 0
    while True:
        item = yield
        n += 1
        target.send("#%d %s" % (n, item))
p = grep("py", counter(printer(">>")))
for line in ["python", "rust", "pypy", "c", "numpy"]:
    p.send(line)
@coroutine
def tally():
    counts = {}
    while True:
        word = yield dict(counts)
        counts[word] = counts.get(word, 0) + 1
t = tally()
for w in "a b a c b a".split():
    snapshot = t.send(w)
print(snapshot)
def ping_pong(n):
    log = []
    def ping():
        while True:
            v = yield
            log.append("ping %d" % v)
    p = ping()
    next(p)
    for i in range(n):
        p.send(i)
    p.close()
    return log
print(ping_pong(3))
