# try/finally inside generators when the consumer stops early (explicit close) or raises
log = []
def resource(name):
    log.append("open " + name)
    try:
        for i in range(3):
            yield "%s%d" % (name, i)
    finally:
        log.append("close " + name)
ga = resource("a")
for item in ga:
    if item == "a1":
        break
log.append("after break")
ga.close()
g = resource("b")
next(g)
g.close()
g.close()
print(log)
log.clear()
gc_ = resource("c")
def consumer():
    for item in gc_:
        raise ValueError(item)
try:
    consumer()
except ValueError as e:
    print("consumer raised", e)
print(log)
gc_.close()
print(log)
list(resource("d"))
print(log)
