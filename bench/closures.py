# Closures: functions made by functions, nonlocal counters, composed lambdas,
# a memoising wrapper, and callbacks stored in containers.
# Checksum: what the calls return.
import sys

DEFAULT_N = 250000
TINY_N = 100
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter(start, step):
    value = start

    def bump():
        nonlocal value
        value += step
        return value
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def memoise(fn):
    cache = {}

    def wrapper(n):
        hit = cache.get(n)
        if hit is None:
            hit = fn(n)
            cache[n] = hit
        return hit
    return wrapper


def make_account(balance):
    history = []
    trimmed = 0

    def record(amount):
        nonlocal trimmed
        history.append(amount)
        if len(history) > 64:
            del history[:32]
            trimmed += 32

    def deposit(amount):
        nonlocal balance
        balance += amount
        record(amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            record(0)
            return -1
        balance -= amount
        record(-amount)
        return balance

    def report():
        return balance, trimmed + len(history), sum(history)
    return deposit, withdraw, report


@memoise
def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def run(n):
    adders = [make_adder(i) for i in range(16)]
    chain = adders[0]
    for a in adders[1:]:
        chain = compose(a, chain)
    chained = 0
    for i in range(n // 8):
        chained = (chained + chain(i)) % 1000000007

    counters = [make_counter(i, i + 1) for i in range(8)]
    ticks = 0
    for i in range(n):
        ticks += counters[i % 8]()

    deposit, withdraw, report = make_account(100)
    for i in range(n):
        if i % 3 == 0:
            withdraw((i * 7) % 250)
        else:
            deposit(i % 50)
    balance, events, recent = report()

    longest = 0
    arg = 0
    for i in range(1, n):
        length = collatz_length(1 + (i * 7919) % 3000)
        if length > longest:
            longest = length
            arg = 1 + (i * 7919) % 3000

    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: (a * b) % 9973}
    names = sorted(ops)
    acc = 1
    for i in range(n):
        acc = ops[names[i % 3]](acc, i % 101)

    defaults = [lambda x, k=k: x * k for k in range(5)]
    captured = sum([f(3) for f in defaults])
    return chained, ticks, balance, events, recent, longest, arg, acc, captured


print("closures", N, *run(N))
