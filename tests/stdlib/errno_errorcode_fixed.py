# exp: hand-written (MicroPython's errno.errorcode is a fixed dict: changing it raises a bare TypeError; CPython's is an ordinary dict)
import errno

before = errno.errorcode.copy()
attempts = [
    lambda d: d.popitem(),
    lambda d: d.pop(errno.ENOENT),
    lambda d: d.setdefault(0, 0),
    lambda d: d.update([(1, 2)]),
    lambda d: d.clear(),
    lambda d: d.__setitem__(1, "x"),
    lambda d: d.__delitem__(errno.ENOENT),
]
for f in attempts:
    try:
        f(errno.errorcode)
        print("changed")
    except TypeError as e:
        print("TypeError", e.args)
try:
    errno.errorcode[1] = "x"
except TypeError:
    print("TypeError on store")
try:
    del errno.errorcode[errno.ENOENT]
except TypeError:
    print("TypeError on del")
try:
    errno.errorcode |= {5: "y"}
except TypeError:
    print("TypeError on |=")
print(errno.errorcode == before, errno.errorcode[errno.ENOENT], errno.ENOENT in errno.errorcode)
print(isinstance(errno.errorcode, dict), len(errno.errorcode) == len(before))
c = errno.errorcode.copy()
c[1] = "x"
print(c[1], type(c) is dict)
print(sorted(errno.errorcode.items())[0], errno.errorcode.get(-5, "none"))
