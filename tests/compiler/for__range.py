for i in range(10):
    print(i)

for i in range(2, 8):
    print(i)

for i in range(10, 0, -2):
    print(i)

for i in range(n):
    print(i)

for i in range(a, b, 3):
    print(i)

for i in range(a, b, c):
    print(i)

for i in range(10):
    if i == 3:
        break
    if i == 1:
        continue
else:
    print("done")

for i in range(n):
    pass
else:
    print("e")

for obj.attr in range(3):
    pass

for i in range(*args):
    pass

for i in range(0, 10, 0):
    pass
