# case conversion methods
for s in ["hello World", "ALL CAPS", "", "123abc", "mIxEd CaSe 9x", "o'neil mc-d", "  lead"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()),
          repr(s.swapcase()))
print("ABC".lower().upper(), "x".upper() * 3, "Hello".casefold())
print("hello".upper() is not None, "a1!".upper(), "A1!".lower())
s = "Original"
t = s.upper()
print(s, t)
print("title case".title(), "ALREADY".title(), "x".capitalize(), "".capitalize())
