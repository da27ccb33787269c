# sys.maxsize is the largest ssize_t of a 64-bit build: 2**63 - 1, beyond small ints.
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize))
bits = 0
n = sys.maxsize
while n:
    n >>= 1
    bits += 1
print(bits, sys.maxsize + 1, -sys.maxsize - 1)
