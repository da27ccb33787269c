# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for v in (0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 2):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x > 6:
        print("nested both")
    else:
        print("nested outer only")
if x == 1: print("one")
elif x == 7: print("seven")
if not x:
    print("unreachable")
else:
    pass
print("done")
