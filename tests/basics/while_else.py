# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
else:
    print("else ran, i =", i)
i = 0
while i < 10:
    if i == 3:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
i = 0
odd = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odd.append(i)
else:
    print("else after continue-loop", odd)
while False:
    print("never")
else:
    print("else of never-run loop")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
# nested while with break only exiting inner
a = 0
found = []
while a < 3:
    b = 0
    while True:
        if b == a:
            break
        b += 1
    found.append((a, b))
    a += 1
print(found)
