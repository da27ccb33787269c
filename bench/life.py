# Integer and list indexing: Conway's Game of Life on a 64x64 torus stored as a
# flat list of 0/1 ints, with neighbour offsets precomputed per cell.
# Checksum: the population after every tenth generation and a final board hash.
import sys

DEFAULT_N = 200
TINY_N = 3
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

W = 64
H = 64


def neighbours_table():
    table = []
    for y in range(H):
        for x in range(W):
            cells = []
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        cells.append(((y + dy) % H) * W + (x + dx) % W)
            table.append(cells)
    return table


def seed_board():
    board = [0] * (W * H)
    state = 4242
    for i in range(W * H):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 3 == 0:
            board[i] = 1
    # A glider and a blinker so there is always some structure.
    for x, y in ((1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (30, 30), (31, 30), (32, 30)):
        board[y * W + x] = 1
    return board


def step(board, table):
    nxt = [0] * (W * H)
    for i in range(W * H):
        count = 0
        for j in table[i]:
            count += board[j]
        if count == 3 or (count == 2 and board[i]):
            nxt[i] = 1
    return nxt


def run(generations):
    table = neighbours_table()
    board = seed_board()
    history = []
    for g in range(generations):
        board = step(board, table)
        if g % 10 == 9:
            history.append(sum(board))
    h = 0
    for i in range(W * H):
        if board[i]:
            h = (h * 31 + i) % 1000000007
    return sum(board), h, history


population, h, history = run(N)
print("life", N, population, h, " ".join([str(p) for p in history]))
