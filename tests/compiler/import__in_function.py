def f():
    import os
    from sys import path
    return os, path

def g():
    import a.b as c
    return c
