# Exceptions: raise and catch in loops, through several call frames, with a
# class hierarchy, try/except/else/finally, re-raising, and the built-in errors
# that dict lookups, int() and division raise. Checksum: what was caught where.
import sys

DEFAULT_N = 100000
TINY_N = 100
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


class AppError(Exception):
    pass


# Data travels in args: storing attributes on exception instances is a slow path in
# MicroPython (tens of microseconds each) and would dominate its time here.
class ParseFailure(AppError):
    def __init__(self, text, position):
        super().__init__(text, position)

    def position(self):
        return self.args[1]


class LimitExceeded(AppError):
    pass


def parse_number(text):
    value = 0
    for i in range(len(text)):
        ch = text[i]
        if ch < "0" or ch > "9":
            raise ParseFailure(text, i)
        value = value * 10 + ord(ch) - 48
    return value


def checked(value, limit):
    if value > limit:
        raise LimitExceeded(value)
    return value


def deep(level, value):
    if level == 0:
        if value % 5 == 0:
            raise KeyError(value)
        return value
    return deep(level - 1, value + 1)


def run(n):
    samples = ["123", "4x5", "99", "", "7y", "1000", "42", "z"]
    parsed = 0
    failures = 0
    positions = 0
    limits = 0
    cleanups = 0
    for i in range(n):
        text = samples[i % len(samples)]
        try:
            v = checked(parse_number(text), 500)
        except ParseFailure as e:
            failures += 1
            positions += e.position()
        except LimitExceeded as e:
            limits += e.args[0]
        else:
            parsed += v
        finally:
            cleanups += 1

    caught_deep = 0
    for i in range(n // 2):
        try:
            deep(4, i)
        except KeyError as e:
            caught_deep += e.args[0] % 7

    table = {}
    for i in range(0, 64, 3):
        table[i] = i * i
    misses = 0
    hits = 0
    for i in range(n):
        try:
            hits += table[i % 64]
        except KeyError:
            misses += 1

    divisions = 0
    zero = 0
    for i in range(n):
        try:
            divisions += 1000 // (i % 7 - 3)
        except ZeroDivisionError:
            zero += 1

    rethrown = 0
    for i in range(n // 4):
        try:
            try:
                if i % 2:
                    raise ValueError("odd")
                raise TypeError("even")
            except ValueError:
                raise AppError("wrapped")
        except AppError:
            rethrown += 1
        except TypeError:
            rethrown += 2

    conversions = 0
    for i in range(n // 4):
        try:
            conversions += int(samples[i % len(samples)])
        except ValueError:
            conversions -= 1
    return parsed, failures, positions, limits, cleanups, caught_deep, hits, misses, divisions, zero, rethrown, conversions


print("exceptions", N, *run(N))
