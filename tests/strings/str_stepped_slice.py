# stepped slices of str
s = "abcdefghij"
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[:3:-1], s[3::-1], s[-1:-11:-1], s[-1:-12:-1])
print(s[1:9:3], s[9:0:-4], s[100:0:-3], s[-100:100:5], repr(s[5:5:-1]))
print("".join(s[i::3] for i in range(3)))
for step in (1, 2, 3, 4, 5, 9, 10, 11, -1, -3, -9, -11):
    print(step, s[::step], len(s[::step]))
try:
    s[::0]
except ValueError:
    print("ValueError")
print(s[slice(None, None, -1)], "racecar"[::-1] == "racecar", ""[::-1] == "")
