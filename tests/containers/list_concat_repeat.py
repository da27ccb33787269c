# concatenation and repetition of lists
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [], a * 3, 3 * b, a * 0, a * -1)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
c = a
a = a + [9]
print(a, c)
c2 = c
c += [8]
print(c, c2, c is c2)
c *= 2
print(c2)
c *= 0
print(c2, c is c2)
try:
    [1] + (2,)
except TypeError:
    print("TypeError")
try:
    [1] * [2]
except TypeError:
    print("TypeError")
print(len([None] * 1000), [[]] * 2)
