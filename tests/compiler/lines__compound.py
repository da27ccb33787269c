def f(
    a,
    b=1,
):
    if a:
        return b
    elif b:
        return a
    else:
        return (
            a,
            b,
        )


class C(
    Base,
):
    x = 1

    def m(self):
        try:
            pass
        except (
            ValueError,
            TypeError,
        ):
            pass


@decorator(
    1,
)
def g():
    pass
