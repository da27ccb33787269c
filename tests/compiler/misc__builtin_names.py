import micropython
print(len([1, 2]), range(3), isinstance(x, int), str(1), type(x))
obj.__init__()
obj.__class__
x = "utf-8"
y = ""
z = " "
w = "\n"
v = "*"
