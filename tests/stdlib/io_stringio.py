# io.StringIO: reading, writing, seeking, lines and closing
import io

s = io.StringIO("one\ntwo\nthree")
print(s.read(3), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
print(s.seek(0), [line for line in s])
s.seek(4)
print(repr(s.readline(2)), repr(s.readline()))

w = io.StringIO()
print(w.write("abc"), w.write(""), w.write("de\n"))
print(repr(w.getvalue()), w.tell())
w.seek(1)
w.write("XY")
print(repr(w.getvalue()))
w.seek(0, 2)
w.write("!")
print(repr(w.getvalue()), w.tell())

print(repr(io.StringIO("x\ny\n").readlines()), io.StringIO().write("caf\xe9"))
print(repr(io.StringIO().read()), repr(io.StringIO("").readline()))
print(io.StringIO("abc").read(-1), io.StringIO("abc").read(None))
print(io.StringIO(initial_value="kw").getvalue())

with io.StringIO("ctx") as c:
    print(c.read())
for f in (c.read, c.getvalue, lambda: c.write("x"), c.readline):
    try:
        f()
    except ValueError:
        print("ValueError")
c.close()

# print() and subclasses
out = io.StringIO()
print("a", 1, sep="-", end="|", file=out)
print(2.5, file=out)
print(repr(out.getvalue()))


class Upper(io.StringIO):
    def shout(self):
        return self.getvalue().upper()


u = Upper("hi\nthere\n")
print(list(u), u.shout())
print(isinstance(u, io.StringIO))
