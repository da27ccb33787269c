def outer(v):
    class Inner:
        attr = v
        def method(self):
            return v + self.attr
    return Inner

def counter():
    n = 0
    class C:
        def inc(self):
            nonlocal n
            n += 1
            return n
    return C
