# mpy-cross-args: -O1
assert x
assert x, "message"
if __debug__:
    print("debug")
y = __debug__
