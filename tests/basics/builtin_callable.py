# callable()
class WithCall:
    def __call__(self, x):
        return x * 2
class Without:
    pass
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(WithCall))
print(callable(WithCall()), callable(Without()), callable(5), callable("s"), callable(None))
print(callable(Without), callable([].append), callable(str.upper), callable(print))
w = WithCall()
print(w(21))
try:
    Without()()
except TypeError:
    print("TypeError")
try:
    five = 5
    five()
except TypeError:
    print("TypeError int")
