def f(x):
    if x == 1:
        raise ValueError
    if x == 2:
        raise ValueError("bad")
    if x == 3:
        raise ValueError("bad") from None
    if x == 4:
        raise
    try:
        g()
    except Exception as e:
        raise RuntimeError("wrapped") from e
