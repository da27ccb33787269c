# repr chooses quotes and escapes
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "\\", "\n", "\t\r", "'", '"', "'\"'"]:
    print(repr(s), len(repr(s)))
print(repr(["it's", 'q"q']), repr(("a",)), str(["x"]), repr({"k": "v'"}))
print(repr(repr("x")), repr(str(5)), eval(repr("a'b\"c")) == "a'b\"c")
print(repr("a" + "'" + "b"), repr('"' * 3), repr("\\'"))
print(str("q'q"), [str("q'q")], ("x", 'y"'))
print(repr("line\nnext"), repr("\x00"), len(repr("\x00")))
print(repr("\r\n"), repr("tab\t"))
print(repr("trailing\\"))
