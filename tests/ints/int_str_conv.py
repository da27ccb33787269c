# converting ints to strings and back
nums = [0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 64, 2 ** 64 - 1, -(2 ** 63), 10 ** 40 + 123]
for n in nums:
    s = str(n)
    print(s, repr(n), len(s), int(s) == n)
print(str(-0), repr(10 ** 30), "%d" % (2 ** 70), "{}".format(-(2 ** 70)))
print(int("-" + "1" * 30) + int("1" * 30))
print([str(i) for i in range(-3, 4)])
print(",".join(str(x) for x in [1, 22, 333]))
print(int(str(3 ** 100)) == 3 ** 100, str(3 ** 100)[:10], str(3 ** 100)[-10:])
