# each call creates an independent generator object
def counter(start):
    while True:
        yield start
        start += 1
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
gens = [counter(i * 10) for i in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
def shared_list(lst):
    for x in lst:
        yield x
data = [1, 2, 3]
s1 = shared_list(data)
s2 = shared_list(data)
print(next(s1))
data.append(4)
print(list(s1), list(s2))
print(a is not b, type(a) is type(b))
