# substring membership
s = "hello world"
print("hello" in s, "world" in s, "o w" in s, "" in s, "" in "", "x" in s)
print("Hello" in s, "hello" not in s, s in s, s + "!" in s)
print("a" in "abc", "abc" in "a", "c" in "abc")
try:
    1 in "123"
except TypeError:
    print("TypeError")
try:
    None in "abc"
except TypeError:
    print("TypeError")
print(any(w in s for w in ["xyz", "wor"]), [c for c in "aeiou" if c in s])
