# sort stability with many equal keys
data = [(i % 5, i) for i in range(40)]
s = sorted(data, key=lambda p: p[0])
print(s[:10])
ok = all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0])
print(ok)
r = sorted(data, key=lambda p: p[0], reverse=True)
print(r[:8])
ok = all(r[i][1] < r[i + 1][1] for i in range(len(r) - 1) if r[i][0] == r[i + 1][0])
print(ok)
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
by_name = sorted(people)
by_age_then_name = sorted(by_name, key=lambda p: p[1])
print(by_age_then_name)
l = ["b", "A", "a", "B", "c", "C"]
l.sort(key=str.upper)
print(l)
