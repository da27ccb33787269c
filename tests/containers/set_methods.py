# mutating set methods
s = {1, 2, 3}
s.add(4)
s.discard(1)
s.discard(100)
s.remove(2)
print(sorted(s))
try:
    s.remove(100)
except KeyError:
    print("KeyError")
s.update([5, 6], {7}, "a")
print(sorted(s, key=str))
s.intersection_update({3, 4, 5, 6, "a"})
print(sorted(s, key=str))
s.difference_update([3, "a"])
print(sorted(s))
s.symmetric_difference_update({5, 9})
print(sorted(s))
s |= {10}
s &= {4, 6, 9, 10, 11}
s -= {6}
s ^= {4, 12}
print(sorted(s))
one = {"only"}
print(one.pop(), one)
try:
    set().pop()
except KeyError:
    print("KeyError pop")
c = s.copy()
c.add(99)
s.clear()
print(s, sorted(c))
