x = 1
class A:
    global x
    x = 2
    y = x
    def f(self):
        return x, y

def g():
    global G
    G = 1
    del G
