# Generators: chained generator pipelines, recursive `yield from` over a tree,
# generator expressions consumed by builtins, and send() into a coroutine.
# Checksum: the results of each stage.
import sys

DEFAULT_N = 200000
TINY_N = 100
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def numbers(limit):
    value = 1
    for i in range(limit):
        value = (value * 48271) % 2147483647
        yield value


def keep(pred, source):
    for item in source:
        if pred(item):
            yield item


def scaled(source, factor):
    for item in source:
        yield (item % 10007) * factor


def pairs(source):
    previous = None
    for item in source:
        if previous is not None:
            yield previous, item
        previous = item


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0
    count = 0
    average = 0
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def run(n):
    pipeline = pairs(scaled(keep(lambda v: v % 3 != 0, numbers(n)), 3))
    pipe_sum = 0
    for a, b in pipeline:
        pipe_sum = (pipe_sum + a * 7 - b) % 1000000007

    chunk_sig = 0
    for chunk in chunks(numbers(n // 2), 17):
        chunk_sig = (chunk_sig * 31 + len(chunk) + max(chunk) % 1000) % 1000000007

    root = None
    for v in numbers(n // 20):
        root = insert(root, v % 100000)
    ordered = 0
    last = -1
    sorted_ok = True
    for key in in_order(root):
        if key < last:
            sorted_ok = False
        last = key
        ordered = (ordered * 3 + key) % 1000000007

    nested = [[i, [i + 1, [i + 2, [i + 3]]], i + 4] for i in range(n // 100)]
    flat_sum = sum(flatten(nested))

    coroutine = averager()
    next(coroutine)
    avg = 0
    for v in numbers(n // 4):
        avg = coroutine.send(v % 1000)

    gen_expr = sum(x * x for x in range(n) if x & 1)
    any_all = (any(x > n for x in range(n)), all(x >= 0 for x in range(n)))
    return pipe_sum, chunk_sig, ordered, sorted_ok, flat_sum, avg, gen_expr % 1000000007, any_all


print("generators", N, *run(N))
