# exp: hand-written (MicroPython traceback format)
# an uncaught exception ends the program with a traceback on stderr
def check(value):
    if value > 2:
        raise ValueError("boom")
    return value
print("start")
total = 0
for v in range(5):
    total += check(v)
    print("checked", v, "total", total)
print("not reached")
