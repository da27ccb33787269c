# allocate, drop and rebuild large structures, checking contents each round
import gc
for rnd in range(4):
    big = {i: [i, i * 2, str(i)] for i in range(3000)}
    lst = [x * rnd for x in range(20000)]
    s = "".join(chr(97 + (i % 26)) for i in range(5000))
    print(rnd, len(big), big[2999][2], sum(lst), s[-3:], s.count("a"))
    del big, lst, s
    gc.collect()
chain = []
for i in range(100):
    chain = [chain, i]
depth = 0
node = chain
while node:
    node = node[0]
    depth += 1
print(depth)
