# with statements inside generators
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        log.append("exit " + self.name + (" with " + exc[0].__name__ if exc[0] else ""))
        return False
def reader():
    with CM("file") as f:
        for i in range(3):
            yield "%s line %d" % (f, i)
print(list(reader()))
print(log)
log.clear()
r = reader()
next(r)
r.close()
print(log)
log.clear()
r = reader()
next(r)
try:
    r.throw(ValueError)
except ValueError:
    pass
print(log)
