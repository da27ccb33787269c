# recursive generators for tree traversal and combinatorics
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, (7, None, None), None)))
def preorder(t):
    if t:
        v, l, r = t
        yield v
        yield from preorder(l)
        yield from preorder(r)
def inorder(t):
    if t:
        v, l, r = t
        yield from inorder(l)
        yield v
        yield from inorder(r)
def postorder(t):
    if t:
        v, l, r = t
        yield from postorder(l)
        yield from postorder(r)
        yield v
print(list(preorder(tree)), list(inorder(tree)), list(postorder(tree)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets("abc")))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []]), 5], [[[6]]]])))
