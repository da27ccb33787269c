# building long strings
parts = []
for i in range(2000):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:15], s.count("7"))
acc = ""
for i in range(500):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc[-5:])
big = "xy" * 50000
print(len(big), big[99998:], big.count("yx"), big.find("yy"))
lines = "\n".join("line %d" % i for i in range(300))
print(len(lines.splitlines()), lines.splitlines()[-1])
print(len(str(2 ** 3000)))
