# list.insert, pop and remove
a = [1, 2, 3]
a.insert(0, "start")
a.insert(2, "mid")
a.insert(100, "end")
a.insert(-1, "before end")
a.insert(-100, "very start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
a.remove(2)
print(a)
a.remove("mid")
print(a)
for bad in [lambda: [].pop(), lambda: [1].pop(1), lambda: [1].pop(-2)]:
    try:
        bad()
    except IndexError:
        print("IndexError")
try:
    [1, 2].remove(3)
except ValueError:
    print("ValueError")
d = [1, 2, 1, 2, 1]
d.remove(1)
print(d)
q = []
for i in range(5):
    q.insert(0, i)
print(q, [q.pop() for _ in range(3)], q)
