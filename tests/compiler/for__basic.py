for x in items:
    print(x)

for k, v in d.items():
    print(k, v)

for x in items:
    if x:
        break
else:
    print("no break")

for x in items:
    if x:
        continue
    print(x)

for i, (a, b) in enumerate(pairs):
    pass

for x in 1, 2, 3:
    pass
