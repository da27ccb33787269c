# mpy-cross-args: -O3
def f(x):
    assert x
    return x + 1

y = f(
    2)
