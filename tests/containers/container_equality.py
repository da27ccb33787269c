# equality and ordering across container types
print([1, 2] == [1, 2], (1, 2) == (1, 2), [1, 2] == (1, 2), {1: 2} == {1: 2})
print([[1, [2]]] == [[1, [2]]], ([], {}) == ([], {}), {1: [2]} == {1: [2]})
print([1, 2.0] == [1.0, 2], {"a": (1,)} != {"a": [1]}, {1, 2} == {2, 1})
print(list("ab") == ["a", "b"], tuple("ab") == ("a", "b"), set("ab") == {"a", "b"})
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print([1, 2] < [1, 2, 3], (1, 2) < (1, 3), ["b"] > ["a", "z"])
for a, b in [([1], (1,)), ({1}, [1]), ({}, [])]:
    try:
        print(a < b)
    except TypeError:
        print("TypeError", type(a).__name__, type(b).__name__)
print({} == set(), [] == (), "" == [], None == [])
