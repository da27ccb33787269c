# set.pop() takes elements in order (ascending for small ints built in order), fast when repeated
s = set(range(11))
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(3000))
n = 0
while s:
    s.pop()
    n += 1
print(n, len(s))
for i in range(5):
    s.add(i)
print(sorted(s))
try:
    set().pop()
except KeyError:
    print("KeyError")
