# comparisons between ints, big ints, floats and bools
print(1 < 2, 2 < 1, 1 == 1, 1 != 1, -5 < -4, 0 == -0)
big = 2 ** 100
print(big > 2 ** 99, big == 2 ** 100, -big < big, big > 1e30, big < 1e31)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1 < 1.5, -1 > -1.5)
print(3 == 3.0, 3 != 3.5, -0 == 0.0)
print(max(2 ** 64, 2 ** 64 - 1), min(-(2 ** 64), 0), sorted([3, -(2 ** 70), 2 ** 70, 0]))
print(int(1e18) == 10 ** 18, int(1e23), 10 ** 23 == 1e23)
print(float("nan") == 5, float("nan") < 5, 5 < float("nan"))
print((1, 2 ** 64) < (1, 2 ** 65), [2 ** 65] == [2 ** 65])
