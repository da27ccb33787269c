# isinstance and issubclass
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, ()), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, (C, A)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance(b"s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type))
print(isinstance(len, object), issubclass(type, object))
try:
    isinstance(1, 2)
except TypeError:
    print("TypeError")
try:
    issubclass(b, A)
except TypeError:
    print("TypeError")
print(type(b) is B, type(b) == A, type(True) is bool, type(3) is int)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
