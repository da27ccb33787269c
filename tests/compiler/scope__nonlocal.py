def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a, b
