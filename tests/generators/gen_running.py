# a generator cannot be resumed while it is already running
def reentrant():
    yield me_next()
def me_next():
    return next(gen)
gen = reentrant()
try:
    next(gen)
except ValueError:
    print("ValueError: generator already executing")
def self_send():
    try:
        yield g2.send(None)
    except ValueError:
        yield "caught inside"
g2 = self_send()
print(next(g2))
