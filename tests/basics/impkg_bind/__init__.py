from .mod1 import mod1


def mod2():
    return "function mod2"
