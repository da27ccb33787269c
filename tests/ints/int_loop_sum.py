# tight integer loops (many small-int operations)
total = 0
i = 0
while i < 100000:
    total += i ^ (i >> 3)
    i += 1
print(total)
acc = 1
for k in range(1, 20000):
    acc = (acc * 31 + k) % 1000003
print(acc)
evens = 0
for k in range(50000):
    if k & 1 == 0:
        evens += 1
print(evens)
x = 0
for k in range(-5000, 5000):
    x += k // 7 - k % 7
print(x)
