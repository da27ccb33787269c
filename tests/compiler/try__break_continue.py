for x in items:
    try:
        if x:
            break
        if not x:
            continue
    finally:
        print(x)

while True:
    try:
        work()
    except StopIteration:
        break
    except Exception:
        continue

for i in range(5):
    try:
        break
    except:
        pass
