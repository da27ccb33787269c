# return inside finally overrides other returns and swallows exceptions
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def except_then_finally():
    try:
        raise KeyError
    except KeyError:
        return "except"
    finally:
        print("finally runs before except's return completes")
print(except_then_finally())
def count():
    n = 0
    for i in range(5):
        try:
            n += 1
            if i == 2:
                return n
        finally:
            n += 10
    return n
print(count())
def nested_finally():
    out = []
    try:
        try:
            return out
        finally:
            out.append(1)
    finally:
        out.append(2)
print(nested_finally())
