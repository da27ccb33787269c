for line in lines:
    with ctx:
        if line:
            break
        continue

def g():
    while True:
        with a, b:
            try:
                return 1
            finally:
                pass
