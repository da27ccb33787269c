# translate with dict/list tables and str.maketrans in its three forms
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc-d".translate(t1))
t2 = str.maketrans("ab", "AB", "cd")
print(sorted(t2.items()), "abcdef".translate(t2))
t3 = str.maketrans({"a": "alpha", "b": None, 99: 67, "é": "e"})
print(sorted(t3.items(), key=lambda kv: kv[0]), "abcé!".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hi".translate([None] * 200))
print("abc".translate(["", "", "", ""] + ["?"] * 100), "ab".translate("0123456789" * 10))
print("".maketrans("x", "y"), "aé".translate(str.maketrans("é", "e")))
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
for bad in [lambda: str.maketrans("ab", "a"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans(1), lambda: str.maketrans({1.5: 1}), lambda: "a".translate({97: 1.5}),
            lambda: "a".translate({97: -1})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
