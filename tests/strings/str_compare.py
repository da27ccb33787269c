# comparing strings
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("abc" == "abc", "abc" != "ABC", "abc" > "ab", "b" > "abc", "10" < "9")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "", "a", "aa"]))
print(max("apple", "banana"), min(["z", "Z", "a"]), "~" > "z", "{" > "Z")
print("abc" == b"abc".decode(), "1" == 1, "a" * 2 == "aa")
try:
    "a" < 1
except TypeError:
    print("TypeError")
print("abc".__eq__(1) is NotImplemented)
