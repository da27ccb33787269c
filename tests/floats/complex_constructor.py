# complex() from strings, numbers and objects with __complex__ / __float__.

for s in ["j", "-J", "2", " 1.5e3 ", "2.5j", "1+j", "1-j", "-1-2j", "+1e2-2e-1j", "(3+4j)", " ( -2j ) ",
          "inf", "-infj", "1_000+2_0j"]:
    print(repr(s), complex(s))

print(complex("nan-infj").imag, complex("nanj").real)

for bad in ["", "  ", "j1", "1+", "1+2", "1j+2", "1 + 2j", "(1+2j", "1jj", "++1", "x", "()"]:
    try:
        complex(bad)
        print("accepted", repr(bad))
    except ValueError as e:
        print("ValueError", repr(bad), e)

for args in [("1", 2), (1, "2"), ("1", "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", args, e)

print(complex(1, 2), complex(1.5), complex(2j, 1j), complex(True), complex(), complex(3, 0.5))


class F:
    def __float__(self):
        return 2.5


class C:
    def __complex__(self):
        return 1 + 2j


class BadC:
    def __complex__(self):
        return 7


class Plain:
    pass


print(complex(F()), complex(C()), complex(F(), 1))
for obj in [BadC(), Plain(), [1], None]:
    try:
        complex(obj)
        print("accepted", type(obj).__name__)
    except TypeError:
        print("TypeError", type(obj).__name__)
