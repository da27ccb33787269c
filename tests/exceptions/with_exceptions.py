# exceptions inside with blocks are passed to __exit__
class Rec:
    def __init__(self):
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, ev.args if ev else None)
        return False
r = Rec()
try:
    with r:
        raise ValueError("inside", 1)
except ValueError:
    print("propagated", r.seen)
with r:
    pass
print("clean", r.seen)
class Fails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Fails():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("exit exception replaces body exception", repr(e), type(e.__context__).__name__)
def gen_in_with():
    with Rec() as rr:
        yield 1
        yield 2
    print("with ended", rr.seen)
print(list(gen_in_with()))
