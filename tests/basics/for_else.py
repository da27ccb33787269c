# for loops with else
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for x in range(0):
    print("never")
else:
    print("empty range else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "prime")
# loop variable keeps its last value
for k in range(4):
    pass
print("k =", k)
# modifying loop variable doesn't change iteration
for j in range(3):
    print(j, end=" ")
    j = 100
print()
# iterate over various iterables
for ch in "hi":
    print(ch)
for key in {"a": 1, "b": 2}:
    print(key)
for item in (None,):
    print(item)
# return from inside for inside function skips else
def f():
    for i in range(5):
        if i == 2:
            return i
    else:
        return -1
print(f())
