# exp: hand-written (MicroPython traceback format)
def check(value):
    if value > 2:
        raise ValueError("boom")
    return value
print("start")
for v in range(5):
    print("checking", check(v))
print("not reached")
