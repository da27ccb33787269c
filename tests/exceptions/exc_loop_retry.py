# retry loops driven by exceptions
attempts = iter(["x", "y", "7", "8"])
while True:
    s = next(attempts)
    try:
        n = int(s)
    except ValueError:
        print("retry after", repr(s))
        continue
    break
print("got", n)
class TransientError(OSError):
    pass
def flaky(log, fail_times):
    log.append(len(log))
    if len(log) <= fail_times:
        raise TransientError("try again")
    return "success after %d" % len(log)
for fails in (0, 2, 5):
    log = []
    for attempt in range(4):
        try:
            print(flaky(log, fails))
            break
        except TransientError:
            pass
    else:
        print("gave up after", len(log))
print(issubclass(TransientError, OSError), issubclass(OSError, Exception))
