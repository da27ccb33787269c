# replace: counts, empty old string, overlapping candidates, non-ASCII
s = "one two one two one"
for n in (-5, -1, 0, 1, 2, 3, 100):
    print(n, s.replace("one", "1", n))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abab".replace("ab", "abab"))
print("abc".replace("", "-"), "abc".replace("", "-", 1), "abc".replace("", "-", 0), "".replace("", "x"))
print("".replace("a", "b"), "abc".replace("abc", ""), "abc".replace("x", "y"), "aaa".replace("a", ""))
print("αβγ".replace("", "|"), "αβγ".replace("β", "beta"), "日本日本".replace("日", "月", 1))
print("x" * 3, ("ab" * 4).replace("ba", "-"), "tab\there".replace("\t", "    "))
big = "ab" * 2000
r = big.replace("a", "xyz")
print(len(r), r[:9], r.count("xyz"), len(big.replace("ab", "")))
for bad in [(1, "a"), ("a", 1), ("a", "b", "c")]:
    try:
        "abc".replace(*bad)
    except TypeError:
        print("TypeError")
