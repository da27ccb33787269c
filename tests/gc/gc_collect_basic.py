# gc.collect() keeps live objects intact
import gc
data = [list(range(i)) for i in range(50)]
mapping = {str(i): [i] * 3 for i in range(100)}
text = "-".join(str(i) for i in range(30))
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
head = None
for i in range(100):
    head = Node(i, head)
gc.collect()
gc.collect()
print(sum(len(x) for x in data), data[10], mapping["42"], text[:14])
n, total = head, 0
while n:
    total += n.v
    n = n.nxt
print(total)
for _ in range(3):
    junk = [object() for _ in range(1000)]
    del junk
    gc.collect()
print(len(mapping), mapping["99"], data[-1][-1])
