# sys.exc_info(): the exception being handled, seen from called functions too
import sys


def current():
    t, v, _ = sys.exc_info()
    return t, v


print(current())
try:
    raise ValueError("outer")
except ValueError:
    print(current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(current()[0])
    print(current())
    try:
        pass
    finally:
        print(current()[0])
print(current())


def handler():
    try:
        1 // 0
    except ZeroDivisionError:
        return current()[0]


print(handler(), current())
for i in range(2):
    try:
        [][i]
    except IndexError:
        print(i, current()[0])
        continue
print(current())
