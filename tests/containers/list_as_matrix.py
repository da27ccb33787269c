# matrix operations on nested lists
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), matmul(B, A), matmul(A, identity(2)) == A)
print(transpose([[1, 2, 3], [4, 5, 6]]), transpose([]))
P = A
for _ in range(9):
    P = matmul(P, A)
print(P)
F = [[1, 1], [1, 0]]
R = identity(2)
for _ in range(90):
    R = matmul(R, F)
print(R[0][1])
