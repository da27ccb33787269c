# basic slicing and indexing of str
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:], s[3:3], s[5:2])
print(repr(s[100:]), repr(s[-100:3]), s[-100:100] == s, s[2:-2])
print(s[None:5], s[7:None], s[slice(0, 5)], s[slice(None, None, 2)])
for i in range(-len(s), len(s), 4):
    print(i, s[i], s[i:], s[:i])
t = s[:]
print(t == s, len(s[1:-1]))
