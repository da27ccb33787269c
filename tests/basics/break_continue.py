# break and continue in nested loops and with try/finally
res = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        res.append((i, j))
print(res)
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
# continue in while with manual counter
n = 0
seen = []
while n < 6:
    n += 1
    if n in (2, 4):
        continue
    seen.append(n)
print(seen)
# break out of infinite loop
count = 0
while True:
    count += 1
    if count * count > 50:
        break
print(count)
# flag pattern for breaking multiple levels
target = 12
done = False
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            done = True
            break
    if done:
        break
print(a, b)
