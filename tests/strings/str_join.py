# str.join
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), " ".join([]))
print(", ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print("+".join(("only",)), "ab".join(["1", "2", "3"]), "".join(map(str.upper, "hey")))
print("|".join({"k1": 1, "k2": 2}), "".join(reversed("stressed")))
for bad in ([1, 2], ["a", None], [b"x"]):
    try:
        "-".join(bad)
    except TypeError:
        print("TypeError")
parts = ["p%d" % i for i in range(1000)]
joined = "/".join(parts)
print(len(joined), joined[:20], joined[-12:])
