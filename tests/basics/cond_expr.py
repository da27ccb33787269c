# conditional expressions, only one branch evaluated
def side(tag, val):
    print("eval", tag)
    return val
print(side("a", 1) if True else side("b", 2))
print(side("a", 1) if False else side("b", 2))
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
xs = [i if i % 2 else -i for i in range(6)]
print(xs)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
val = None
print(val if val is not None else "default")
print([] if [] else "empty list is falsy")
print("x" * (3 if len("ab") > 1 else 1))
y = 1 + (10 if False else 20)
print(y)
print(0 or 5 if 0 else 6)
