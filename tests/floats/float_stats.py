# simple statistics computed with floats
data = [2.5, 3.75, 1.25, 8.0, 4.5, 6.25, 3.0, 5.5]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print(mean, var, round(var ** 0.5, 12))
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2
print(median, s[0], s[-1], s[-1] - s[0])
xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
mx, my = sum(xs) / 5, sum(ys) / 5
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(slope, my - slope * mx)
print([round(x / 3, 3) for x in data])
print(["%.2f" % (x * 1.1) for x in data])
