# changing a dict's size during iteration raises RuntimeError
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError del", d)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k * 10] = "x"
except RuntimeError:
    print("RuntimeError add")
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k].upper()
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {i: i * i for i in range(6)}
d = {k: v for k, v in d.items() if v % 2 == 0}
print(d)
