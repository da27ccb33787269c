# collections.deque: both ends, maxlen, indexing, methods.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], 1 in d, 5 in d)
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft([-1, -2])
print(d, list(d), list(reversed(d)))
d[0] = 100
del d[1]
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.reverse()
print(d, d.count(3), d.index(3))
d.insert(1, "x")
d.remove(3)
print(d)
c = d.copy()
c.clear()
print(c, d)

# bounded deques drop from the other end
b = deque([1, 2, 3, 4, 5], 3)
print(b, b.maxlen)
b.append(6)
print(b)
b.appendleft(0)
print(b)
b.extend(range(10))
print(b)
z = deque([1, 2], maxlen=0)
z.append(1)
print(z, len(z))

# wrapping around the ring buffer many times
r = deque(maxlen=4)
for i in range(50):
    r.append(i)
    if i % 3 == 0:
        r.popleft()
print(r, [r[i] for i in range(len(r))])

q = deque()
for i in range(100):
    q.appendleft(i)
    q.append(-i)
print(len(q), q[0], q[-1], q[50], sum(q))

print(deque([1, 2]) == deque([1, 2]), deque([1]) == deque([2]), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]))
e = deque([1])
e += [2, 3]
print(e)

# errors
for f in (deque().pop, deque().popleft):
    try:
        f()
    except IndexError:
        print("IndexError")
for i in (3, -4):
    try:
        deque([1, 2, 3])[i]
    except IndexError:
        print("IndexError")
try:
    deque([1, 2, 3])[0:1]
except TypeError:
    print("TypeError")
try:
    deque((), -1)
except ValueError:
    print("ValueError")
try:
    deque([1]).remove(2)
except ValueError:
    print("ValueError")
try:
    deque([1], 1).insert(0, 2)
except IndexError:
    print("IndexError")
