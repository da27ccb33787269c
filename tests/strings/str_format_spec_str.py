# format specs applied to strings
s = "hello"
for spec in ["", "10", "<10", ">10", "^10", "^11", "*<8", "-^9", ".3", "8.2", ">3", "0>8"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print("[" + format("", "5") + "]", "[" + format("x", "^4") + "]")
try:
    format("s", "d")
except ValueError:
    print("ValueError")
try:
    format("s", "+")
except ValueError:
    print("ValueError sign")
print("{:=^20}".format(" title "))
