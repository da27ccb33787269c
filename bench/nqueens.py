# Integer loops and recursion: count N-queens placements by backtracking.
# Two solvers run: one with lists of booleans for columns and diagonals, one with
# integer bitmasks. Both counts must agree; the checksum also folds in where
# the queens of each solution sit.
import sys

DEFAULT_N = 11
TINY_N = 5
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


class ListSolver:
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.diag_a = [False] * (2 * n)
        self.diag_b = [False] * (2 * n)
        self.rows = [0] * n
        self.count = 0
        self.signature = 0

    def place(self, row):
        n = self.n
        if row == n:
            self.count += 1
            s = 0
            for r in range(n):
                s = s * n + self.rows[r]
            self.signature = (self.signature + s) % 1000000007
            return
        for col in range(n):
            a = row + col
            b = row - col + n
            if self.cols[col] or self.diag_a[a] or self.diag_b[b]:
                continue
            self.cols[col] = self.diag_a[a] = self.diag_b[b] = True
            self.rows[row] = col
            self.place(row + 1)
            self.cols[col] = self.diag_a[a] = self.diag_b[b] = False


def count_bits(n):
    full = (1 << n) - 1

    def walk(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += walk(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return walk(0, 0, 0)


solver = ListSolver(N)
solver.place(0)
by_bits = count_bits(N)
if by_bits != solver.count:
    print("solvers disagree", by_bits, solver.count)
print("nqueens", N, solver.count, solver.signature)
