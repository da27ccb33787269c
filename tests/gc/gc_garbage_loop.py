# lots of short-lived small objects
import gc
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
acc = 0
for i in range(40000):
    p = P(i, i + 1)
    acc += p.y - p.x
print(acc)
total = 0
for i in range(20000):
    t = (i, [i], {"k": i})
    total += t[1][0] + t[2]["k"]
print(total)
s = 0
for i in range(10000):
    s += len(str(i) + "x")
print(s)
gc.collect()
print(P(3, 4).y)
