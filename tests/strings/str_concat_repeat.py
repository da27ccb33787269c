# concatenation and repetition
a = "foo"
b = "bar"
print(a + b, a + "" + b, "" + "", a * 3, 3 * a, a * 0, a * -2, "" * 10)
s = ""
for i in range(5):
    s += str(i)
print(s)
print("ab" "cd" 'ef', ("implicit "
                       "concatenation"))
print("-" * 20)
try:
    a + 1
except TypeError:
    print("TypeError")
try:
    a * 1.5
except TypeError:
    print("TypeError")
try:
    a * "2"
except TypeError:
    print("TypeError")
x = "base"
y = x
x += "!"
print(x, y)
print(("ab" * 3)[::2], len("xyz" * 1000))
