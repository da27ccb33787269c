# Assignment expressions that CPython rejects at compile time inside comprehensions.


def check(src):
    try:
        exec(src)
        print("compiled:", src)
    except SyntaxError:
        print("SyntaxError:", src)


check("[(k := k + 1) for k in range(3)]")
check("[[(j := i) for i in range(2)] for j in range(2)]")
check("[[(i := j) for i in range(2)] for j in range(2)]")
check("[n := 1 for m, n in [(1, 2)]]")
check("(p := 1 for p in range(2))")
check("[(z := x) for x in range(2)]")
print(z)
