# counting and finding overlapping vs non-overlapping occurrences
s = "aaaaa"
print(s.count("aa"), s.replace("aa", "X"), s.split("aa"))
def overlapping(hay, needle):
    n = 0
    i = hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n
print(overlapping(s, "aa"), overlapping("abababa", "aba"), "abababa".count("aba"))
print(overlapping("", "a"), "abc".count("abcd"), "abcabc".count("abc", 1))
positions = []
i = -1
while True:
    i = "banana".find("a", i + 1)
    if i < 0:
        break
    positions.append(i)
print(positions)
