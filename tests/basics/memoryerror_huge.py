# results larger than memory raise MemoryError instead of exhausting the host
l = list(range(1000))
try:
    1000000000 * l
except MemoryError:
    print("MemoryError")
try:
    (1,) * (1 << 60)
except (MemoryError, OverflowError):
    print("MemoryError")
print(len(l), l[0], l[-1])
try:
    [].extend(range(1 << 62))
except MemoryError:
    print("MemoryError")
try:
    list(range(1 << 62))
except (MemoryError, OverflowError):
    print("MemoryError")
print(len([0] * 10), len(l * 2))
