# partition and rpartition
for s in ["key=value", "key=val=ue", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
print("a b c".partition(" "), "a b c".rpartition(" "))
print("aXbXc".partition("X")[2].partition("X"))
