class Outer:
    class Inner:
        y = 2
    x = Inner.y
    def m(self):
        return self.Inner

def factory(v):
    class Local:
        value = v
        def get(self):
            return v
    return Local
