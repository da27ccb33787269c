# round-robin scheduling of generator "tasks"
def task(name, n):
    for i in range(n):
        yield "%s step %d" % (name, i)
    return name + " done"
def run(tasks):
    queue = list(tasks)
    log = []
    while queue:
        t = queue.pop(0)
        try:
            log.append(next(t))
            queue.append(t)
        except StopIteration as e:
            log.append(e.value)
    return log
for line in run([task("A", 3), task("B", 1), task("C", 2)]):
    print(line)
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave("abc", [1, 2], "XYZW")))
