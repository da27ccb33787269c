# repr() vs str() of builtin values
vals = [1, -2, 1.5, True, None, "s", "it's", 'say "hi"', "tab\tnl\n", b"by\x00tes",
        [1, "a"], (1,), (), {"k": "v"}, [[]], {1: (2, [3])}, "back\\slash", "\x7f", ""]
for v in vals:
    print(repr(v), str(v))
print(repr("both ' and \""))
print(repr('only "double"'))
print(repr(bytearray(b"ab")))
print(repr(set()), repr({1}), repr(frozenset()), repr(frozenset([2])))
print(repr(range(3)), repr(range(1, 5, 2)))
print(repr(Ellipsis), repr(NotImplemented))
print(repr(int), repr(str), repr(ValueError))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), str(R()), [R()], {"r": R()})
