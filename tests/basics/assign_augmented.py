# augmented assignment on various types
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n |= 0x100; print(n)
n &= 0x1F0; print(n)
n ^= 0xFF; print(n)
f = 7
f /= 2; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
# list += extends in place, keeps identity
L = [1]
M = L
L += [2, 3]
print(L, M, L is M)
L += (4,)
print(L)
L += "xy"
print(L)
# tuple += creates a new object
T = (1,)
U = T
T += (2,)
print(T, U, T is U)
# augmented on subscripts and attributes
d = {"a": 1}
d["a"] += 10
print(d)
lst = [1, 2, 3]
lst[-1] *= 100
print(lst)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
# error case: type mismatch
try:
    z = 1
    z += "x"
except TypeError as e:
    print(type(e).__name__)
