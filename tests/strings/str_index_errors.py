# indexing errors and type errors on str
s = "abc"
for i in (3, -4, 100, -100):
    try:
        s[i]
    except IndexError:
        print("IndexError", i)
for k in (1.0, "1", None, [0]):
    try:
        s[k]
    except TypeError:
        print("TypeError", type(k).__name__)
try:
    s[0] = "x"
except TypeError:
    print("TypeError assign")
try:
    del s[0]
except TypeError:
    print("TypeError del")
print(s[True], s[False], s[-True])
