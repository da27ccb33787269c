# List, dict and set comprehensions: nested and filtered, building and consuming
# containers in bulk (matrix transpose and product, grouping, inverted indexes).
# Sets and dicts only reach the output through sorted() or sums; the checksum
# is a hash of the repr of all results.
import sys

DEFAULT_N = 110
TINY_N = 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def matrices(n):
    a = [[(i * j + 1) % 17 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 13 for j in range(n)] for i in range(n)]
    bt = [list(col) for col in zip(*b)]
    product = [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]
    trace = sum([product[i][i] for i in range(n)])
    total = sum([sum(row) for row in product])
    return trace, total


def grouping(n):
    words = ["w%d" % ((i * 37) % (n * 3)) for i in range(n * 20)]
    by_length = {k: [w for w in words if len(w) == k] for k in range(2, 6)}
    lengths = [(k, len(v)) for k, v in sorted(by_length.items())]
    unique = {w for w in words}
    index = {w: i for i, w in enumerate(words)}
    last_positions = sum([index[w] for w in unique])
    squares = {i: i * i for i in range(n * 10) if i % 3}
    odd_squares = sorted([k for k, v in squares.items() if v % 2])[:5]
    return lengths, len(unique), last_positions, len(squares), odd_squares


def flattening(n):
    nested = [[[i + j + k for k in range(4)] for j in range(5)] for i in range(n * 4)]
    flat = [x for plane in nested for row in plane for x in row if x % 3 != 1]
    pairs = [(x, y) for x in range(n) for y in range(x, n) if (x + y) % 7 == 0]
    residues = sorted({(x * x) % 97 for x in range(n * 30)})
    return len(flat), sum(flat), len(pairs), len(residues), residues[:4]


def run(n):
    results = []
    for rep in range(3):
        results.append(matrices(n + rep))
        results.append(grouping(n + rep))
        results.append(flattening(n + rep))
    return results


text = repr(run(N))
digest = 0
for ch in text:
    digest = (digest * 131 + ord(ch)) % 1000000007
print("comprehensions", N, len(text), digest)
