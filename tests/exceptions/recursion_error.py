# runaway recursion raises an error that can be caught (RecursionError is a RuntimeError)
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print("caught runaway recursion:", isinstance(e, RuntimeError))
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(100))
print("still works after recovery:", depth_ok(10))
