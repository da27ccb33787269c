# zfill and numeric-looking strings
for s in ["7", "-7", "+7", "", "-", "abc", "-abc", "1.5", "-0.5", "12345678"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(0)))
print(str(-42).zfill(8), str(3.5).zfill(6), "%08.3f" % -3.14159)
print("5".zfill(-1), "5".zfill(1), "5".zfill(2), "-".zfill(2), "+".zfill(3))
for n in [0, 7, -7, 123]:
    print(str(n).zfill(4), "%04d" % n, "{:04d}".format(n), f"{n:04}")
print("1e5".zfill(6), "-1e5".zfill(6), " 5".zfill(4))
print("-0".zfill(3), "+-1".zfill(5), "--".zfill(4))
print(len("abc".zfill(100)), "abc".zfill(100)[-5:])
