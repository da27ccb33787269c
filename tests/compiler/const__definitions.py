from micropython import const

WIDTH = const(128)
_HEIGHT = const(64)
AREA = const(WIDTH * _HEIGHT)
_MASK = const(1 << 4 | 1)
NAME = const("sensor")
TUPLE = const((1, 2))
BIG = const(1 << 40)

def f():
    return WIDTH + _HEIGHT, _MASK, NAME, TUPLE, BIG

x = _HEIGHT
y: int = const(5)
