# chaining generators into a processing pipeline
lines = ["  alpha 3", "", "# comment", "beta 10", "gamma x", "delta 7  "]
def strip(src):
    for line in src:
        yield line.strip()
def non_empty(src):
    for line in src:
        if line and not line.startswith("#"):
            yield line
def parse(src):
    for line in src:
        name, _, num = line.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            yield name, None
def valid(src):
    return ((n, v) for n, v in src if v is not None)
pipeline = valid(parse(non_empty(strip(lines))))
print(list(pipeline))
print(sum(v for _, v in valid(parse(non_empty(strip(lines))))))
def window(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
print(list(window("ab", 3)))
def running_total(src):
    t = 0
    for x in src:
        t += x
        yield t
print(list(running_total(x for x in range(1, 8) if x % 2)))
def batch(src, n):
    b = []
    for x in src:
        b.append(x)
        if len(b) == n:
            yield b
            b = []
    if b:
        yield b
print(list(batch(range(7), 3)), list(batch([], 2)))
