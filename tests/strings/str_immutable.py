# strings are immutable; methods return new strings
s = "hello"
t = s
s += " world"
print(s, t, s is t)
u = t.upper()
print(t, u)
try:
    t[0] = "H"
except TypeError:
    print("TypeError")
try:
    t.attr = 1
except AttributeError:
    print("AttributeError")
words = ["a", "b"]
joined = "".join(words)
words.append("c")
print(joined)
v = "abc"
w = v.replace("b", "B")
print(v, w, v.strip() == v)
