# __index__ used for indexing, slicing and int conversions
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(-1)], lst[Idx(1):Idx(4)], "xyz"[Idx(0)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3), "ab" * Idx(2))
print(Idx(9).__index__(), [1, 2, 3][Idx(1):])
class NoIndex:
    pass
try:
    lst[NoIndex()]
except TypeError:
    print("TypeError")
