def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def adder(n):
    def add(x):
        return x + n
    return add
