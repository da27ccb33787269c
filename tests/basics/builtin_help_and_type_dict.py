# exp: hand-written (help() is MicroPython's short form, not CPython's pydoc)
class A:
    x = 1
    y = 2
    del x


help(A)
help(None)
print("from_bytes" in int.__dict__, A.__dict__["y"])
