# partition and rpartition: first/last occurrence, missing separator, long separators
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="))
print("=".partition("="), "==".rpartition("="), "".partition("x"), "".rpartition("x"))
print("key: value: more".partition(": "), "key: value: more".rpartition(": "))
print("aXYbXYc".partition("XY"), "aXYbXYc".rpartition("XY"), "XYXY".partition("XYX"))
print("a→b→c".partition("→"), "a→b→c".rpartition("→"), "日本語".partition("本"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail, bool(sep), "nomail".partition("@")[1] == "")
for bad in [("",), (1,), (None,)]:
    try:
        "abc".partition(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(type("abc".partition("b")).__name__, len("abc".rpartition("z")))
