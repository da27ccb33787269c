# Dicts and sets: a random sparse graph as a dict of adjacency lists; breadth-first
# distances with a set of visited nodes, connected components, degree histograms
# and shortest paths with a simple bucket queue (no heapq needed).
# Nodes are strings so that string hashing and dict lookups are exercised too.
import sys

DEFAULT_N = 3000
TINY_N = 40
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def build(count, seed):
    # Scrambled hex names: keys like "n1", "n2", ... hash into tight clusters under
    # MicroPython's string hash and make its dict probing, not the graph work, dominate.
    names = ["v%x_%d" % ((i * 2654435761) & 0xFFFFFF, i) for i in range(count)]
    # Neighbour names and edge weights in parallel lists: compact enough for a 2 MB heap.
    adjacency = {}
    weights = {}
    for name in names:
        adjacency[name] = []
        weights[name] = []
    edges = 0
    state = seed
    for i in range(count * 2):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = names[(state >> 4) % count]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = names[(state >> 4) % count]
        if a == b or b in adjacency[a]:
            continue
        w = 1 + (state >> 12) % 9
        adjacency[a].append(b)
        adjacency[b].append(a)
        weights[a].append(w)
        weights[b].append(w)
        edges += 1
    return names, adjacency, weights, edges


def bfs(adjacency, start):
    distance = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            d = distance[node] + 1
            for other in adjacency[node]:
                if other not in distance:
                    distance[other] = d
                    nxt.append(other)
        frontier = nxt
    return distance


def components(names, adjacency):
    seen = set()
    sizes = []
    for name in names:
        if name in seen:
            continue
        stack = [name]
        seen.add(name)
        size = 0
        while stack:
            node = stack.pop()
            size += 1
            for other in adjacency[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        sizes.append(size)
    return sorted(sizes, reverse=True)


def shortest(adjacency, weights, start):
    # Weights are small ints, so a list of buckets indexed by distance works as a queue.
    best = {start: 0}
    buckets = [[start]]
    d = 0
    while d < len(buckets):
        for node in buckets[d]:
            if best[node] != d:
                continue
            near = adjacency[node]
            cost = weights[node]
            for k in range(len(near)):
                other = near[k]
                nd = d + cost[k]
                if nd < best.get(other, nd + 1):
                    best[other] = nd
                    while len(buckets) <= nd:
                        buckets.append([])
                    buckets[nd].append(other)
        d += 1
    return best


def run(count, seed):
    names, adjacency, weights, edges = build(count, seed)
    degree_hist = {}
    for name in names:
        k = len(adjacency[name])
        degree_hist[k] = degree_hist.get(k, 0) + 1
    degrees = [(k, degree_hist[k]) for k in sorted(degree_hist)][:6]
    sizes = components(names, adjacency)
    far = 0
    reach = 0
    for start in names[:: max(1, count // 8)]:
        dist = bfs(adjacency, start)
        reach += len(dist)
        far += max(dist.values())
    path_total = 0
    for start in names[:3]:
        best = shortest(adjacency, weights, start)
        path_total += sum(best.values())
    return edges, degrees, sizes[:3], len(sizes), reach, far, path_total


# Several moderate graphs rather than one huge one, so that the working set stays
# well inside a 2 MB heap.
for seed in (17, 18, 19, 20):
    print("graph", N, seed, *run(N, seed))
