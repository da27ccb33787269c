# assert statements
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message evaluated only on failure:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, "n must be positive, got %d" % n
    return n
for n in (3, -1):
    try:
        print(check_positive(n))
    except AssertionError as e:
        print(e)
print(issubclass(AssertionError, Exception))
