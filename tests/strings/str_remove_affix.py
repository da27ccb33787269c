# removeprefix and removesuffix
names = ["test_alpha", "test_", "testing", "alpha_test", "", "test"]
print([n.removeprefix("test_") for n in names])
print([n.removesuffix("_test") for n in names])
print("abc".removeprefix(""), "abc".removesuffix(""), "abc".removeprefix("abc"), "abc".removesuffix("abc"))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "abc".removeprefix("abcd"), "héllo".removeprefix("hé"))
print("file.tar.gz".removesuffix(".gz").removesuffix(".tar"), "x.py".removesuffix(".txt"))
class S(str):
    pass
r = S("pre_x").removeprefix("pre_")
print(r, type(r).__name__, type(S("y").removeprefix("")).__name__)
for bad in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(None), lambda: "a".removeprefix()]:
    try:
        bad()
    except TypeError:
        print("TypeError")
