# chained comparisons evaluate each operand at most once
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) > v(2) != v(4))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 < x not in [1, 2])
n1 = 1
print(n1 is not None is not False)
# comparison of mixed numbers
print(1 == 1.0, 1 < 1.5 < 2, True == 1, False < True)
# comparing incompatible types raises TypeError for ordering
try:
    print(1 < "a")
except TypeError:
    print("TypeError")
print(1 == "1", None == 0, [] == (), [1] != [1])
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b)
print("abc" < "abd" < "b", (1, 2) < (1, 3) <= (1, 3))
