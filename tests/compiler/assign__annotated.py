x: int = 5
y: list
z: "str" = "hi"
def f():
    a: int
    b: int = 2
    return b
