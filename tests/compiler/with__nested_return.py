def f(path):
    with open(path) as fh:
        for line in fh:
            if line:
                return line
    return None

def g(a, b):
    with a:
        with b:
            try:
                return 1
            except Exception:
                return 2
