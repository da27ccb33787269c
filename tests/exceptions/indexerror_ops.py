# operations that raise IndexError
lst = [1, 2, 3]
ops = [
    lambda: lst[3],
    lambda: lst[-4],
    lambda: [][0],
    lambda: "abc"[10],
    lambda: (1,)[1],
    lambda: [].pop(),
    lambda: lst.pop(5),
    lambda: range(3)[3],
    lambda: b"ab"[2],
    lambda: bytearray(1)[-2],
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except IndexError:
        print(i, "IndexError")
try:
    lst[5] = 0
except IndexError:
    print("IndexError on assignment")
try:
    del lst[9]
except IndexError:
    print("IndexError on del")
print(lst[5:], lst[-9:1], "abc"[5:])
print(issubclass(IndexError, LookupError))
