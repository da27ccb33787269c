# Comparing lists reads them afresh at every step (as CPython): an __eq__ that empties one of
# them ends the comparison with what is left, and the pair being compared stays alive.
class E:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __eq__(self, other):
        if self.victim is not None:
            del self.victim[:]
            self.victim = None
        return isinstance(other, E) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "E(%d)" % self.v
a = [E(1), E(2), E(3)]
b = [E(1), E(2), E(3)]
a[0].victim = b
print(a == b, a != b, len(b))
a = [E(1), E(5)]
b = [E(1), E(4)]
print(a < b, a > b)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] == [], [1] != [1.0])
print((1, 2) < (1, 3), (1, [2]) == (1, [2]))
from collections import deque
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]))
x = [E(i) for i in range(5)]
y = [E(i) for i in range(5)]
x[2].victim = x
print(x == y, len(x))
