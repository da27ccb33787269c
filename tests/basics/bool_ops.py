# and / or / not return operands, short circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" and "x")
print([] or {} or "last", [1] and [2] and [3])
print(not 0, not 1, not "", not [0], not None)
trace = []
def t(v):
    trace.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(0) or t(3) and t(4)
t(5) and t(0) or t(6)
print(trace)
x = None
name = x and x.name
print(name)
print((1 and 0) or ("a" and "b"))
print(True and 1, False or 0.0, 0 or False)
print(type(not 5).__name__, (not []) + 1)
