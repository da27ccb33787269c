# operations that raise NameError
try:
    undefined_variable
except NameError:
    print("NameError global")
def f():
    return not_defined_anywhere + 1
try:
    f()
except NameError:
    print("NameError in function")
def g():
    try:
        return local_later
    finally:
        pass
    local_later = 1
try:
    g()
except NameError as e:
    print("unbound local is a NameError:", isinstance(e, NameError))
x = 1
del x
try:
    x
except NameError:
    print("NameError after del")
try:
    del never_existed
except NameError:
    print("NameError on del")
def outer():
    def inner():
        return v
    try:
        return inner()
    except NameError:
        return "free var not yet bound"
    v = 1
print(outer())
