def mod1():
    return "function mod1"
