# zfill and numeric-looking strings
for s in ["7", "-7", "+7", "", "-", "abc", "-abc", "1.5", "-0.5", "12345678"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(0)))
print(str(-42).zfill(8), str(3.5).zfill(6), "%08.3f" % -3.14159)
