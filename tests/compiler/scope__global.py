counter = 0

def inc():
    global counter
    counter += 1

def read():
    return counter

def declare():
    global newvar
    newvar = 1

global top
top = 5
