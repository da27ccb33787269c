# repr chooses quotes and escapes
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "\\", "\n", "\t\r", "'", '"', "'\"'"]:
    print(repr(s), len(repr(s)))
print(repr(["it's", 'q"q']), repr(("a",)), str(["x"]), repr({"k": "v'"}))
print(repr(repr("x")), repr(str(5)), eval(repr("a'b\"c")) == "a'b\"c")
