def outer():
    def inner():
        return 1
    return inner()

def a():
    def b():
        def c():
            return 3
        return c
    return b
