import sys


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()


def main(argv=None):
    argv = argv or sys.argv
    s = Stack()
    for n in map(int, argv[1:]):
        s.push(fib(n))
    try:
        while True:
            print(s.pop())
    except IndexError:
        pass
    print(primes(50))
    return 0


if __name__ == "__main__":
    main()
