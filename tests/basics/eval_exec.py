# simple eval and exec
print(eval("1 + 2"), eval("2 ** 10"), eval("'ab' * 2"), eval("[x * 2 for x in range(3)]"))
print(eval("a + b", {"a": 1, "b": 2}))
d = {}
exec("x = 1\ny = x + 41", d)
print(d["x"], d["y"])
ns = {"n": 5}
exec("def sq(v):\n    return v * v\nres = sq(n)", ns)
print(ns["res"], ns["sq"](7))
exec("z = 99")
print(z)
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_name_here")
except NameError:
    print("NameError")
print(eval("len('four')"))
code = "total = 0\nfor i in range(5):\n    total += i\n"
env = {}
exec(code, env)
print(env["total"])
print(exec("1") is None)
