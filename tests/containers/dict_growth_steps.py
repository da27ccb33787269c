# A dict grows through every table size (powers of two and three quarters of them), in place
# or by copying when other objects sit after it: after each insertion every key is found, order
# is insertion order, and deletions followed by growth compact the table.
d = {}
other = []
bad = 0
for i in range(200):
    d["k%d" % i] = i
    if i % 3 == 0:
        other.append([i])
    for j in range(0, i + 1, 7):
        if d["k%d" % j] != j:
            bad += 1
print(len(d), bad, list(d)[:5], list(d.values())[-3:])
for i in range(0, 200, 3):
    del d["k%d" % i]
for i in range(200, 260):
    d["k%d" % i] = i
print(len(d), list(d)[:4], list(d)[-2:], sum(d.values()), "k3" in d, "k4" in d)
g = {}
for i in range(1, 100):
    g[i] = i * i
    g[-i] = str(i)
print(len(g), g[99], g[-50], list(g.items())[:4], sum(k for k in g if k > 0))
